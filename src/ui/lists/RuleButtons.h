#pragma once

class QToolButton;

namespace omt {

/// Gives the rule editor's small add and remove buttons their look: the
/// desktop theme's list-add / list-remove icons where it has both, otherwise
/// "+" and "−" as text, so that the two always match. Either may be null.
void setUpPlusMinus(QToolButton *add, QToolButton *remove);

} // namespace omt
