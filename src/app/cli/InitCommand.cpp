#include "InitCommand.h"

#include "CliContext.h"
#include "storage/Migrator.h"
#include "storage/UserRepository.h"

namespace omt::cli {

QString InitCommand::summary() const
{
    return tr("Create a library, or bring an existing one up to date.");
}

int InitCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!arguments(parser).isEmpty())
        return context.usage(tr("init takes no arguments."));
    if (auto stop = context.open(CliContext::Open::CreateIfMissing))
        return *stop;

    Database &database = context.database();
    Migrator migrator(database);
    // Refuses a newer library before anything is written to it.
    const auto before = migrator.currentVersion();
    if (!before)
        return context.fail(before.error());
    const auto after = migrator.migrate();
    if (!after)
        return context.fail(after.error());

    // The local library's interactions belong to its owner profile. A
    // household server's accounts are made by an administrator, with
    // passwords, so none is invented there.
    if (database.kind() == SqlDialect::Kind::SQLite) {
        if (auto owner = UserRepository(database).ensureOwnerProfile(); !owner)
            return context.fail(owner.error());
    }

    const QString location = database.settings().displayName();
    if (*before == 0)
        context.out() << tr("Created the library %1 (version %2).").arg(location).arg(*after) << '\n';
    else if (*before < *after)
        context.out()
            << tr("Updated the library %1 from version %2 to %3.").arg(location).arg(*before).arg(*after)
            << '\n';
    else
        context.out() << tr("The library %1 is up to date (version %2).").arg(location).arg(*after) << '\n';
    return ExitOk;
}

} // namespace omt::cli
