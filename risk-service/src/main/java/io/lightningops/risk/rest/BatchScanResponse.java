package io.lightningops.risk.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchScanResult", description = "One result per text, in the order of the texts")
public record BatchScanResponse(List<ScanResponse> results) {
}
