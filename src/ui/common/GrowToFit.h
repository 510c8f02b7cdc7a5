#pragma once

class QWidget;

namespace omt {

/// Makes a window tall enough for its layout at its current width, after a
/// word-wrapped message or note appeared in it. Qt grows a window to its
/// minimum size by itself, but a wrapped label's minimum is one line, so
/// without this the new text would be cut off.
void growToFit(QWidget *window);

} // namespace omt
