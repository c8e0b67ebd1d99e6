/** The gradient-descent scene. */
export function TrainingScene() {
  return <div className="scene-layout" data-testid="training-scene" />;
}
