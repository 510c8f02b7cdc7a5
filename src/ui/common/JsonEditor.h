#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;

namespace omt {

/// A text editor for one JSON object (a media item's attributes) that checks
/// the text as it is typed and says where it goes wrong, with syntax colours.
class JsonEditor : public QWidget
{
    Q_OBJECT

public:
    explicit JsonEditor(QWidget *parent = nullptr);
    ~JsonEditor() override;

    /// Shows the object as indented JSON.
    void setObject(const QJsonObject &object);
    /// The object in the text; nullopt while the text is not a JSON object.
    /// Blank text is an empty object.
    std::optional<QJsonObject> object() const;
    /// What is wrong with the text ("line 3, column 14: illegal value"), or
    /// empty when it is a valid object.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    /// Checks now instead of after the typing pause, updating the status line.
    void validateNow();
    /// Puts the cursor where the problem is and focuses the text.
    void showProblem();

    QPlainTextEdit *textEdit() const { return m_text; }
    /// "KSyntaxHighlighting" or "built-in": which highlighter colours the text.
    QString highlighterName() const;

    /// Checks an object further (a smart-list filter against its language):
    /// `check` returns what is wrong, which is shown and reported by problem()
    /// like a syntax error, or nothing. While it passes, the status line says
    /// `validText` instead of counting attributes.
    void setCheck(std::function<QString(const QJsonObject &)> check, const QString &validText);

Q_SIGNALS:
    /// After the typing pause, when the text becomes valid or stops being so.
    void validityChanged(bool valid);
    /// On every edit.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Parsed
    {
        std::optional<QJsonObject> object;
        QString problem;
        /// Character position of the problem in the text, -1 when none.
        int position = -1;
    };
    Parsed parse() const;
    Parsed checked(const QJsonObject &object) const;
    void setUpHighlighter();
    void applyPalette();

    struct Highlighting;
    std::unique_ptr<Highlighting> m_highlighting;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_delay;
    bool m_valid = true;
    std::function<QString(const QJsonObject &)> m_check;
    QString m_validText;
};

} // namespace omt
