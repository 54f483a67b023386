package io.tandem.service;

import java.util.List;

/** What committing edited configuration would do: validation problems, the line diff and the simulated transition. */
public record ConfigPreview(List<ConfigProblem> problems, List<DiffLine> diff, Preview transition) {
    public ConfigPreview {
        problems = List.copyOf(problems);
        diff = List.copyOf(diff);
    }
}
