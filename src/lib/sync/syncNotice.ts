/**
 * What a sync run tells the learner beyond its counts, as a code the page words in its language:
 * the journey changed on two devices and the latest plan was kept (from which device, changed when,
 * an ISO time), or the LRS keeps no documents, so the plan stays on each device.
 */
export type SyncNotice =
  | { code: 'journeyMerged'; keptFrom: 'this device' | 'another device'; keptAt: string }
  | { code: 'noDocuments' };
