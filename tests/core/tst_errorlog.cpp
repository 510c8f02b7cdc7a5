#include "core/ErrorLog.h"

#include <QTest>

using namespace omt;

namespace {
Q_LOGGING_CATEGORY(lcTest, "omt.test", QtWarningMsg)

/// Every message logged while it lives, with its category.
struct CapturedLog
{
    struct Line
    {
        QtMsgType type;
        QString category;
        QString text;
    };
    static inline QList<Line> s_lines;
    QtMessageHandler previous;

    CapturedLog()
    {
        s_lines.clear();
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                s_lines.append({ type, QString::fromUtf8(context.category), text });
            });
    }
    ~CapturedLog() { qInstallMessageHandler(previous); }
};
} // namespace

class TestErrorLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDetailReachesTheLog()
    {
        Error error = Error::internal(QStringLiteral("The list could not be saved."),
            QStringLiteral("UNIQUE constraint failed: interaction_user_lists.name"));
        error.code = Error::Code::AlreadyExists;
        error.subject = QStringLiteral("name");
        CapturedLog log;
        logError(lcTest(), error, "saving a list");
        QCOMPARE(CapturedLog::s_lines.size(), 1);
        const CapturedLog::Line line = CapturedLog::s_lines.first();
        QCOMPARE(line.type, QtWarningMsg);
        QCOMPARE(line.category, QStringLiteral("omt.test"));
        QCOMPARE(line.text,
            QStringLiteral("saving a list: The list could not be saved. [already_exists, subject name] -- "
                           "UNIQUE constraint failed: interaction_user_lists.name"));
    }

    void aCanceledOperationIsNoWarning()
    {
        Error error = Error::internal(QStringLiteral("No sample library was made."));
        error.code = Error::Code::Canceled;
        CapturedLog log;
        logError(lcTest(), error, "making a sample library");
        // Information is off by default for omt.* categories.
        QVERIFY(CapturedLog::s_lines.isEmpty());
    }

    void everyCodeHasAName()
    {
        QStringList names;
        for (int code = int(Error::Code::InvalidInput); code <= int(Error::Code::Canceled); ++code)
            names << errorCodeName(Error::Code(code));
        for (const QString &name : std::as_const(names))
            QVERIFY2(!name.startsWith(QStringLiteral("code_")), qPrintable(name));
        names.removeDuplicates();
        QCOMPARE(names.size(), int(Error::Code::Canceled) + 1);
    }
};

QTEST_GUILESS_MAIN(TestErrorLog)
#include "tst_errorlog.moc"
