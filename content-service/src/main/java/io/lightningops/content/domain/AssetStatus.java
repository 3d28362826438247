package io.lightningops.content.domain;

public enum AssetStatus {
    ACTIVE,
    RETIRED
}
