// The commands of omnimediatrak-cli. Adding one is one line here (and its
// class, derived from CliCommand, in this folder).

#include "BenchCommand.h"
#include "CheckCommand.h"
#include "CliCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "SearchCommand.h"
#include "ServerCommand.h"
#include "SmartCommand.h"
#include "UserCommand.h"

namespace omt::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<SmartCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<ServerCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    return commands;
}

} // namespace omt::cli
