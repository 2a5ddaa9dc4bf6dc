import Hummingbird

extension Answer {
    /// The Hummingbird response: the status, the media type, and headers that keep a browser from running
    /// anything but the app's own script or reading a body as another type.
    var response: Response {
        var headers: HTTPFields = [.contentType: contentType]
        headers[.xContentTypeOptions] = "nosniff"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
