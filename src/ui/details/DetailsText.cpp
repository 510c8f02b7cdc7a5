#include "DetailsText.h"

#include "core/LocalizedTitles.h"
#include "core/MediaClass.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace omt::DetailsText {

namespace {

/// Gives this file's messages the context omt::DetailsText, which, being a
/// namespace, cannot declare tr() itself.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::DetailsText)
};

QString humanized(const QString &key)
{
    // Abbreviations that read wrong in sentence case.
    static const QStringList upper = { QStringLiteral("isbn"), QStringLiteral("id"), QStringLiteral("url"),
        QStringLiteral("asin"), QStringLiteral("ean"), QStringLiteral("upc"), QStringLiteral("ova"),
        QStringLiteral("ep"), QStringLiteral("dlc") };
    QStringList words = key.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (upper.contains(word.toLower()))
            word = word.toUpper();
    }
    QString result = words.join(QLatin1Char(' '));
    if (!result.isEmpty())
        result[0] = result.at(0).toUpper();
    return result;
}

QString scalarText(const QJsonValue &value)
{
    QLocale locale;
    // Years, counts and identifiers alike: "1999", not "1,999".
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? Messages::tr("Yes") : Messages::tr("No");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return locale.toString(qint64(number));
        return locale.toString(number, 'g', 12);
    }
    case QJsonValue::String: return value.toString().trimmed();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    }
    return {};
}

/// "en" -> "English"; anything Qt does not know as a language code stays as written.
QString languageName(const QString &code)
{
    static const QRegularExpression format(QStringLiteral("^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)?$"));
    if (!format.match(code).hasMatch())
        return code;
    const QLocale::Language language = QLocale(code).language();
    if (language == QLocale::C || language == QLocale::AnyLanguage)
        return code;
    return QLocale::languageToString(language);
}

} // namespace

QString attributeLabel(const QString &key)
{
    const QString label = humanized(key);
    return label.isEmpty() ? key : label;
}

QString attributeValue(const QString &key, const QJsonValue &value)
{
    if (key == LocalizedTitles::AttributeKey && value.isObject()) {
        // One title per line, named by its language: "English: Spirited Away".
        QStringList lines;
        const QJsonObject titles = value.toObject();
        for (auto it = titles.constBegin(); it != titles.constEnd(); ++it)
            if (const QString title = scalarText(it.value()); !title.isEmpty())
                lines.append(Messages::tr("%1: %2").arg(languageName(it.key()), title));
        return lines.join(u'\n');
    }
    const bool languages
        = key.endsWith(QLatin1String("language")) || key.endsWith(QLatin1String("languages"));
    auto shown = [languages](const QJsonValue &element) {
        return languages ? languageName(scalarText(element)) : scalarText(element);
    };
    if (!value.isArray())
        return shown(value);
    QStringList parts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue element : array) {
        const QString text = shown(element);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

QString relationPhrase(RelationType type, RelatedMedia::Direction direction)
{
    // A stored relationship (source, target, type) reads "target is a <type>
    // of source"; Incoming means the shown item is the target.
    const bool shownIsTarget = direction == RelatedMedia::Direction::Incoming;
    switch (type) {
    case RelationType::Sequel:
        return shownIsTarget ? Messages::tr("Sequel to %1") : Messages::tr("%1 is a sequel to this");
    case RelationType::Prequel:
        return shownIsTarget ? Messages::tr("Prequel to %1") : Messages::tr("%1 is a prequel to this");
    case RelationType::Adaptation:
        return shownIsTarget ? Messages::tr("Adaptation of %1") : Messages::tr("%1 is an adaptation of this");
    case RelationType::Remake:
        return shownIsTarget ? Messages::tr("Remake of %1") : Messages::tr("%1 is a remake of this");
    case RelationType::SpinOff:
        return shownIsTarget ? Messages::tr("Spin-off of %1") : Messages::tr("%1 is a spin-off of this");
    // Symmetric relations read the same from both ends.
    case RelationType::SameFranchise: return Messages::tr("Same franchise as %1");
    case RelationType::Related: return Messages::tr("Related to %1");
    }
    return Messages::tr("Related to %1");
}

QString classLabel(const QString &mediaClass, MediaType type)
{
    const QStringList labels = MediaClass::labels(mediaClass);
    if (labels.isEmpty())
        return {};
    QString last = humanized(labels.constLast());
    // "audio.music.album" says nothing that "Music album" does not.
    if (displayName(type).contains(last, Qt::CaseInsensitive)
        || toDbString(type).contains(labels.constLast(), Qt::CaseInsensitive))
        return {};
    return last;
}

QString countryName(const QString &code)
{
    QString upper = code.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(upper);
    if (territory == QLocale::AnyTerritory)
        return upper;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), upper);
}

QString breakable(const QString &text)
{
    // Identifiers such as ISBNs stay whole; a chunk still fits a narrow pane.
    constexpr int LongWord = 24;
    constexpr int Chunk = 12;
    const QChar zeroWidthSpace(0x200B);
    QString result;
    result.reserve(text.size());
    int run = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            run = 0;
        } else if (++run > LongWord && (run - LongWord - 1) % Chunk == 0 && !c.isLowSurrogate()) {
            result.append(zeroWidthSpace);
        }
        result.append(c);
    }
    return result;
}

} // namespace omt::DetailsText
