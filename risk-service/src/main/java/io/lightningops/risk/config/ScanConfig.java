package io.lightningops.risk.config;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of scans. Lengths count UTF-16 units, as String.length() and JavaScript do. */
@ConfigMapping(prefix = "lightning.scan")
public interface ScanConfig {

    /** The longest text of a scan; a longer one is a 413 problem. */
    @WithDefault("20000")
    @Min(1)
    int maxChars();

    /** The most texts in one batch scan; more is a 400 problem. */
    @WithDefault("100")
    @Min(1)
    int maxBatchTexts();

    /** The most characters of all texts of one batch scan together; more is a 413 problem. */
    @WithDefault("200000")
    @Min(1)
    int maxBatchChars();
}
