// The one place that knows how Graphviz versions differ. Swift calls only these functions, the object
// kinds (AGRAPH, AGNODE, AGEDGE) and the stable parts of gvc.h / cgraph.h (gvContext, gvLayout,
// gvFreeLayout, gvFreeContext, agclose). Only MekongRender's GraphvizSession.swift imports this module.
//
// Nothing here keeps state: header `static` variables would be duplicated in every Swift object file
// that uses them, so the error messages are collected by a sink that lives on the Swift side.
#ifndef MEKONG_GRAPHVIZ_SHIM_H
#define MEKONG_GRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Graphviz 2.x passes the rendered length as `unsigned int *`; 3.0 and later as `size_t *`.
// graphviz_version.h defines GRAPHVIZ_VERSION_MAJOR only from 2.46 on; older headers are 2.x.
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
#define MEKONG_GV_LENGTH_T size_t
#else
#define MEKONG_GV_LENGTH_T unsigned int
#endif

/// Renders a graph into a buffer the caller frees with `mekong_gv_free_render_data`.
/// Returns 0 on success; on failure `*result` is NULL and Graphviz has reported why.
static inline int mekong_gv_render_data(GVC_t *gvc, graph_t *graph, const char *format, char **result,
                                        size_t *length) {
    MEKONG_GV_LENGTH_T raw = 0;
    *result = NULL;
    int status = gvRenderData(gvc, graph, format, result, &raw);
    *length = (size_t)raw;
    return status;
}

/// Frees what `mekong_gv_render_data` returned (NULL is allowed).
static inline void mekong_gv_free_render_data(char *data) {
    if (data != NULL) gvFreeRenderData(data);
}

/// A growing byte buffer that `mekong_ag_write` hands to cgraph as its output channel.
typedef struct {
    char *data;
    size_t length;
    size_t capacity;
    int failed;
} mekong_gv_buffer;

static inline int mekong_gv_buffer_put(void *channel, const char *text) {
    mekong_gv_buffer *buffer = (mekong_gv_buffer *)channel;
    size_t count = strlen(text);
    if (buffer->failed) return EOF;
    if (buffer->length + count + 1 > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 4096;
        while (buffer->length + count + 1 > capacity) capacity *= 2;
        char *grown = (char *)realloc(buffer->data, capacity);
        if (grown == NULL) {
            buffer->failed = 1;
            return EOF;
        }
        buffer->data = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->length, text, count + 1);
    buffer->length += count;
    return (int)count;
}

static inline int mekong_gv_buffer_flush(void *channel) {
    (void)channel;
    return 0;
}

/// Writes the graph in DOT as built, without layout (what `dot -Tcanon` prints), into a buffer the
/// caller frees with `mekong_gv_free_written`. Needs no layout, so the output depends only on the graph.
/// Returns 0 on success.
static inline int mekong_ag_write(graph_t *graph, char **result, size_t *length) {
    mekong_gv_buffer buffer = {NULL, 0, 0, 0};
    Agiodisc_t io = {NULL, mekong_gv_buffer_put, mekong_gv_buffer_flush};
    // agwrite prints through the graph's I/O discipline; swap in ours for the call only.
    Agiodisc_t *saved = agroot(graph)->clos->disc.io;
    agroot(graph)->clos->disc.io = &io;
    int status = agwrite(graph, &buffer);
    agroot(graph)->clos->disc.io = saved;
    if (status != 0 || buffer.failed) {
        free(buffer.data);
        *result = NULL;
        *length = 0;
        return -1;
    }
    *result = buffer.data;
    *length = buffer.length;
    return 0;
}

/// Frees what `mekong_ag_write` returned (NULL is allowed).
static inline void mekong_gv_free_written(char *data) { free(data); }

/// Receives each piece of a Graphviz message ("Error", ": ", the text); the pieces concatenate.
typedef int (*mekong_gv_error_sink)(const char *message);

/// Routes every Graphviz message (warnings and errors) to `sink`, or back to stderr when NULL, and
/// clears the error count. The previous sink is not kept: callers install theirs for each use.
static inline void mekong_gv_reset_errors(mekong_gv_error_sink sink) {
    agseterr(AGWARN);
    // The typedef's parameter lost or gained `const` between releases; the cast keeps both compiling.
    agseterrf((agusererrf)sink);
    agreseterrors();
}

// cgraph takes `char *` where it only reads; these wrappers keep the casts out of Swift.

/// Opens a directed, non-strict graph: two relations between the same entities stay two edges.
static inline graph_t *mekong_ag_open(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
}

static inline node_t *mekong_ag_node(graph_t *graph, const char *name) { return agnode(graph, (char *)name, 1); }

/// Adds an anonymous edge: a new one on every call, and no `key` attribute in the DOT output.
static inline edge_t *mekong_ag_edge(graph_t *graph, node_t *tail, node_t *head) {
    return agedge(graph, tail, head, NULL, 1);
}

static inline graph_t *mekong_ag_subgraph(graph_t *graph, const char *name) {
    return agsubg(graph, (char *)name, 1);
}

/// Declares an attribute for every object of `kind` (AGRAPH, AGNODE, AGEDGE) of the root graph and
/// sets its default. Returns 0 on success.
static inline int mekong_ag_declare(graph_t *graph, int kind, const char *name, const char *value) {
    return agattr(agroot(graph), kind, (char *)name, (char *)value) == NULL ? -1 : 0;
}

/// Sets a plain-string attribute on a graph, subgraph, node or edge, declaring it (default "") when new.
/// Returns 0 on success.
static inline int mekong_ag_set(void *object, const char *name, const char *value) {
    return agsafeset(object, (char *)name, (char *)value, "");
}

// Layout results. Graphviz keeps them in per-object records (types.h) whose layout has not changed in the
// releases we build against; Swift reads them only through these accessors, in points, y pointing up.

/// A laid-out node's centre and size (width and height in points).
static inline void mekong_gv_node_box(node_t *node, double *x, double *y, double *width, double *height) {
    *x = ND_coord(node).x;
    *y = ND_coord(node).y;
    *width = ND_width(node) * 72.0;
    *height = ND_height(node) * 72.0;
}

/// A laid-out graph's or cluster's bounding box: lower-left and upper-right corners, in points.
static inline void mekong_gv_graph_box(graph_t *graph, double *llx, double *lly, double *urx, double *ury) {
    boxf box = GD_bb(graph);
    *llx = box.LL.x;
    *lly = box.LL.y;
    *urx = box.UR.x;
    *ury = box.UR.y;
}

/// The subgraph of `graph` named `name`, or NULL (never creates one).
static inline graph_t *mekong_ag_find_subgraph(graph_t *graph, const char *name) {
    return agsubg(graph, (char *)name, 0);
}

/// The node of `graph` named `name`, or NULL (never creates one).
static inline node_t *mekong_ag_find_node(graph_t *graph, const char *name) { return agnode(graph, (char *)name, 0); }

/// Writes the layout into the graph's attributes (`pos`, `width`, `height`, `bb`, `lp`), as `dot -Tdot` does,
/// so that a second layout with the `nop2` engine can keep it. Returns 0 on success.
static inline int mekong_gv_attach_layout(GVC_t *gvc, graph_t *graph) {
    char *data = NULL;
    MEKONG_GV_LENGTH_T length = 0;
    int status = gvRenderData(gvc, graph, "dot", &data, &length);
    if (data != NULL) gvFreeRenderData(data);
    return status;
}

#endif
