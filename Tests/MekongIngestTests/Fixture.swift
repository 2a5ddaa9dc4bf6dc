import Foundation

/// The article files under `Fixtures/`: copies of real articles and hand-made edge cases.
enum Fixture {
    /// The path of fixture `name` inside the test bundle.
    static func path(_ name: String) -> String {
        guard let resources = Bundle.module.resourceURL else { fatalError("The test bundle has no resources") }
        return resources.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// Every `.txt` fixture that is a readable article (the error-case files are left out).
    static let articles = [
        "an-giang-dao-tao-can-bo.txt", "001-hvct-khu-vuc-2-hoi-thi-theo-chan-bac.txt",
        "036-phung-xuan-nha-ban-tuyen-giao-trung-uong.txt", "047-hoi-dong-quoc-gia-khcn-vnexpress.txt",
        "crawler-glued.txt", "plain-teaser-no-byline.txt",
    ]
}
