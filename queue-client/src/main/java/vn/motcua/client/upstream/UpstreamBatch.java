package vn.motcua.client.upstream;

import java.util.List;

/** What a centre's publisher sends to the province hub: {@code POST /hub/v1/ingest}, at most 500 events. */
public record UpstreamBatch(String centre, List<UpstreamEvent> events) {
}
