package io.lightningops.content.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The account matrix: one MAIN account and at most N SUB accounts ("1 main + N"). */
@ConfigMapping(prefix = "lightning.matrix")
public interface MatrixConfig {

    @WithDefault("10")
    @Min(0)
    @Max(1000)
    int maxSubAccounts();
}
