// The one place that knows how Graphviz versions differ. Swift calls only these functions and the
// stable parts of gvc.h / cgraph.h.
#ifndef MEKONG_GRAPHVIZ_SHIM_H
#define MEKONG_GRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

// Graphviz 2.x passes the rendered length as `unsigned int *`; 3.0 and later as `size_t *`.
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
#define MEKONG_GV_LENGTH_T size_t
#else
#define MEKONG_GV_LENGTH_T unsigned int
#endif

/// Renders a laid-out graph into a buffer the caller frees with `mekong_gv_free_render_data`.
static inline int mekong_gv_render_data(GVC_t *gvc, graph_t *graph, const char *format, char **result,
                                        size_t *length) {
    MEKONG_GV_LENGTH_T raw = 0;
    int status = gvRenderData(gvc, graph, format, result, &raw);
    *length = (size_t)raw;
    return status;
}

static inline void mekong_gv_free_render_data(char *data) { gvFreeRenderData(data); }

/// Collected error text, most recent last; reset with `mekong_gv_reset_errors`.
static char mekong_gv_error_buffer[4096];

static inline int mekong_gv_error_sink(char *message) {
    size_t used = strlen(mekong_gv_error_buffer);
    size_t room = sizeof(mekong_gv_error_buffer) - used - 1;
    if (room > 0) strncat(mekong_gv_error_buffer, message, room);
    return 0;
}

/// Clears Graphviz's error state and routes its messages into the buffer above.
static inline void mekong_gv_reset_errors(void) {
    mekong_gv_error_buffer[0] = '\0';
    agseterr(AGWARN);
    agseterrf(mekong_gv_error_sink);
    agreseterrors();
}

static inline const char *mekong_gv_errors(void) { return mekong_gv_error_buffer; }

/// cgraph takes `char *` where it only reads; these wrappers keep the casts out of Swift.
static inline graph_t *mekong_ag_open(const char *name, int directed) {
    return agopen((char *)name, directed ? Agstrictdirected : Agstrictundirected, NULL);
}
static inline node_t *mekong_ag_node(graph_t *graph, const char *name) { return agnode(graph, (char *)name, 1); }
static inline edge_t *mekong_ag_edge(graph_t *graph, node_t *tail, node_t *head, const char *name) {
    return agedge(graph, tail, head, (char *)name, 1);
}
static inline graph_t *mekong_ag_subgraph(graph_t *graph, const char *name) { return agsubg(graph, (char *)name, 1); }
static inline void mekong_ag_set(void *object, const char *name, const char *value) {
    agsafeset(object, (char *)name, (char *)value, "");
}
/// Like agsafeset, but the value is an HTML-like label (`<…>`), not a string.
static inline void mekong_ag_set_html(void *object, const char *name, const char *value) {
    char *html = agstrdup_html(agraphof(object), (char *)value);
    agsafeset(object, (char *)name, "", "");
    agxset(object, agattr(agraphof(object), AGTYPE(object), (char *)name, NULL), html);
    agstrfree(agraphof(object), html);
}

#endif
