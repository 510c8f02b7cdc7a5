#include "CountryComboBox.h"

#include "QuietChildren.h"

#include <QCollator>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace omt {

namespace {
bool isAlpha2(const QString &code)
{
    return code.size() == 2 && code.at(0).isUpper() && code.at(1).isUpper();
}

// Groupings that CLDR gives two-letter codes but that are not places a work
// comes from.
bool isGrouping(const QString &code)
{
    return code == u"EU" || code == u"EZ" || code == u"UN" || code == u"QO";
}
} // namespace

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    struct Country
    {
        QString name;
        QString code;
    };
    QList<Country> countries;
    QStringList seen;
    for (int value = QLocale::AnyTerritory + 1; value <= QLocale::LastTerritory; ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        if (!isAlpha2(code) || isGrouping(code) || seen.contains(code))
            continue;
        seen.append(code);
        countries.append({ QLocale::territoryToString(territory), code });
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(countries.begin(), countries.end(),
        [&collator](const Country &a, const Country &b) { return collator.compare(a.name, b.name) < 0; });

    addItem(tr("No country"), QString());
    for (const Country &country : std::as_const(countries)) {
        addItem(country.name, country.code);
        setItemData(count() - 1, country.code, Qt::ToolTipRole);
    }

    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    // Typing any part of a name ("kingdom") offers every match in a popup.
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type to find a country"));
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Leaving the field settles the choice: a typed name or code selects
        // its country, and the text is shown in its canonical spelling.
        const int index = indexForText();
        if (index >= 0)
            setCurrentIndex(index);
        if (index >= 0 || currentText().trimmed().isEmpty())
            setEditText(itemText(qMax(0, index)));
    });
}

CountryComboBox::~CountryComboBox()
{
    quietChildren(this);
}

int CountryComboBox::indexForText() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int byName = findText(text, Qt::MatchFixedString);
    if (byName >= 0)
        return byName;
    return isAlpha2(text.toUpper()) ? findData(text.toUpper()) : -1;
}

QString CountryComboBox::code() const
{
    const int index = indexForText();
    return itemData(index >= 0 ? index : currentIndex()).toString();
}

void CountryComboBox::setCode(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    int index = upper.isEmpty() ? 0 : findData(upper);
    if (index < 0) {
        addItem(tr("Other (%1)").arg(upper), upper);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

bool CountryComboBox::isAcceptable() const
{
    return indexForText() >= 0;
}

} // namespace omt
