import Hummingbird

/// Answers every path that no route serves with the app's own 404: a page that says so, or a JSON error
/// under `/api/` (Hummingbird's own is an empty body).
struct NotFoundMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let path = request.uri.path
            return WebApp.notFound(path == "/api" || path.hasPrefix("/api/")).response
        }
    }
}
