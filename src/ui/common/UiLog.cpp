#include "UiLog.h"

namespace omt {
Q_LOGGING_CATEGORY(lcUi, "omt.ui", QtWarningMsg)
}
