/**
 * The notice about this browser's storage (components/storage/StorageWarning.tsx): work
 * that can no longer be kept, or a stored state that could not be read.
 */
export const storageEn = {
  'storage.notKeptTitle': 'Your changes are not being saved in this browser',
  'storage.notKeptAdvice':
    'Everything still works, and nothing on screen is lost now. To keep this scenario, save it as a file; you can open it again with Open… or by dropping it on the page.',
  'storage.save': 'Save the scenario as a file',
  'storage.setAsideTitle': 'Your last session could not be restored',
  'storage.reasonVersion':
    'It was written by a version of the app that this one cannot read, so it may open in the version that wrote it.',
  'storage.reasonDamaged': 'It is damaged: part of it is missing or not in the expected form.',
  'storage.dismiss': 'Dismiss',
} as const;
