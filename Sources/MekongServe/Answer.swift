/// What one request gets back: a status, a media type and a body. The pages and the JSON API build these;
/// ``WebApp/router()`` turns them into Hummingbird responses.
struct Answer: Sendable {
    /// The HTTP status code.
    var status: Int
    /// The `Content-Type` header.
    var contentType: String
    /// The body, UTF-8.
    var body: String

    /// An HTML page.
    static func html(_ body: String, status: Int = 200) -> Answer {
        Answer(status: status, contentType: "text/html; charset=utf-8", body: body)
    }

    /// A JSON document.
    static func json(_ body: String, status: Int = 200) -> Answer {
        Answer(status: status, contentType: "application/json; charset=utf-8", body: body)
    }

    /// An HTML page that says what went wrong and what to do, with the status that says it to programs.
    static func htmlError(status: Int, title: String, message: String, search: String = "") -> Answer {
        .html(HTML.page(title: title, search: search, body: """
            <h1>\(HTML.escape(title))</h1>
            <p class="error">\(HTML.escape(message))</p>
            <p><a href="/">Back to the start page</a></p>
            """), status: status)
    }
}
