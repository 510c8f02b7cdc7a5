#pragma once

#include <QLoggingCategory>

namespace omt {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
}
