package io.lightningops.content.domain;

public enum ExperimentStatus {
    RUNNING,
    CONCLUDED
}
