import ArgumentParser
import Foundation
import MekongKit

/// An error reduced to the one line that tells the user what went wrong and what to do.
struct UserFacingError: LocalizedError, CustomStringConvertible {
    let description: String

    var errorDescription: String? { description }

    /// Runs `body`, turning library errors into their message (ArgumentParser's own errors pass through).
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let error as UserFacingError {
            throw error
        } catch {
            throw UserFacingError(description: error.localizedDescription.removingControlCharacters(keepingLineBreaks: true))
        }
    }
}
