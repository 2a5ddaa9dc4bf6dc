import Foundation
import MekongPluginAPI
import Testing

/// Offsets on the wire are whole numbers; a plugin that sends 1.5 is told so.
@Suite("Wire offsets")
struct WireOffsetTests {
    @Test("a fractional span is refused with a message that says offsets are whole code-point counts",
          arguments: [#"{"mentions":[{"type":"event","start":1.5,"end":3}]}"#,
                      #"{"relations":[{"subject":0,"predicate":"p","object":1,"evidence":{"start":0,"end":2.25}}]}"#])
    func fractionalRefused(json: String) {
        #expect {
            _ = try JSONDecoder().decode(WireMessages.Response.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("not a whole number")
        }
    }

    @Test("whole numbers written as 3.0 are read as integers")
    func wholeFloatAccepted() throws {
        let json = #"{"mentions":[{"type":"event","start":3.0,"end":7}]}"#
        let response = try JSONDecoder().decode(WireMessages.Response.self, from: Data(json.utf8))
        #expect(response.mentions?.first?.start == 3)
        #expect(response.mentions?.first?.end == 7)
    }
}
