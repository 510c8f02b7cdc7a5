#include "NetLog.h"

namespace omt {
Q_LOGGING_CATEGORY(lcNet, "omt.net", QtWarningMsg)
}
