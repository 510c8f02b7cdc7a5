#include "ModelsLog.h"

namespace omt {
Q_LOGGING_CATEGORY(lcModels, "omt.models", QtWarningMsg)
}
