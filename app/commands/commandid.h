#pragma once

namespace greenlight::app {

/// Ids of the undo commands (QUndoCommand::id), one per command class.
enum class CommandId : int {
    EditUseCase = 1,
};

} // namespace greenlight::app
