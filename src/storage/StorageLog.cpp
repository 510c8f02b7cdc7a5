#include "StorageLog.h"

namespace omt {
Q_LOGGING_CATEGORY(lcStorage, "omt.storage", QtWarningMsg)
}
