import type { ComponentType } from 'react';

/**
 * Presenter mode: the step's narration and formula as a caption under the diagram. Its
 * height is fixed (app.css), so the diagram above keeps its box from step to step.
 */
export function CaptionBar({ text: Text }: { text: ComponentType }) {
  return (
    <div className="caption-bar" data-testid="caption-bar">
      <Text />
    </div>
  );
}
