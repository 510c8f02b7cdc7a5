#pragma once

#include <QComboBox>

namespace omt {

/// Chooses a country by name (typing any part of it finds it) and stores its
/// ISO 3166-1 alpha-2 code. The first entry is "No country".
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget *parent = nullptr);
    ~CountryComboBox() override;

    /// The chosen country's code ("JP"), or empty for none. While the typed
    /// text names no country this is the last country chosen; see isAcceptable().
    QString code() const;
    /// Selects the country; a code that is not in the list (a historical one
    /// such as "SU") is added so that it survives editing.
    void setCode(const QString &code);
    /// False while the typed text matches no country.
    bool isAcceptable() const;

private:
    /// The index whose name or code is the typed text, or -1.
    int indexForText() const;
};

} // namespace omt
