import type { NewsDoc } from '../doc/news-doc.js';
import { warn } from '../doc/news-doc.js';

/** A stage reads and annotates one document; it owns one slot of `doc.data`. */
export type Stage = (doc: NewsDoc) => void;

/** A named stage, so that a failure can say where it happened. */
export interface NamedStage {
  name: string;
  run: Stage;
}

/**
 * Chains stages into one function. A stage that throws on one document leaves
 * a message on that document and the later stages still run: one bad article
 * never stops a batch.
 */
export function compose(stages: readonly NamedStage[]): Stage {
  if (stages.length === 0) throw new Error('Cannot compose a pipeline without stages');
  return (doc) => {
    for (const stage of stages) {
      try {
        stage.run(doc);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        warn(doc, `stage ${stage.name} failed: ${reason}`);
      }
    }
  };
}
