package org.bulletincms.plugins.standard.layeringviolation;

import org.bulletincms.issue.Stage;

/** Deliberately bad (PluginDependenciesTest): a plugin reaching past the SPI into the core. */
public class PluginThatReadsStages {

    public boolean isDraft(Stage stage) {
        return stage == Stage.DRAFT;
    }
}
