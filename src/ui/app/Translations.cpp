#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace omt {

void installTranslations(QCoreApplication &application)
{
    auto *own = new QTranslator(&application);
    const QString prefix = QStringLiteral("omnimediatrak");
    const QString directory = QStringLiteral(":/i18n");
    // "%n item(s)" needs a translation even in English to read "1 item" / "2 items".
    if (own->load(QLocale(), prefix, QStringLiteral("_"), directory)
        || own->load(prefix + QStringLiteral("_en"), directory))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&application);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace omt
