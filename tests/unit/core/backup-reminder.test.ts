import { copyOffer, copyOfferSetAside, copySaved, keptEntries, NO_COPY_SAVED, OFFER_COPY_AFTER } from '../../../src/core/backup-reminder';

const AT = Date.UTC(2026, 11, 3, 9);

describe('the offer of a copy', () => {
  it('comes once twenty entries are here and no copy was ever saved', () => {
    expect(OFFER_COPY_AFTER).toBe(20);
    expect(copyOffer(NO_COPY_SAVED, 19)).toBeUndefined();
    expect(copyOffer(NO_COPY_SAVED, 20)).toBe('first');
  });

  it('comes again once twenty more are new since the latest copy, as the offer of a fresh one', () => {
    const copy = copySaved(NO_COPY_SAVED, AT, 35);
    expect(copy).toEqual({ at: AT, entries: 35, offerSetAsideAt: 0 });
    expect(copyOffer(copy, 54)).toBeUndefined();
    expect(copyOffer(copy, 55)).toBe('fresh');
  });

  it('after “Not now” waits until twenty more are new than when it was set aside', () => {
    const setAside = copyOfferSetAside(copySaved(NO_COPY_SAVED, AT, 35), 60);
    expect(copyOffer(setAside, 60)).toBeUndefined();
    expect(copyOffer(setAside, 79)).toBeUndefined();
    expect(copyOffer(setAside, 80)).toBe('fresh');
    // A copy saved since counts from itself, and keeps the answer.
    expect(copySaved(setAside, AT + 1, 90)).toEqual({ at: AT + 1, entries: 90, offerSetAsideAt: 60 });
    expect(copyOffer(copySaved(setAside, AT + 1, 40), 79)).toBeUndefined();
  });

  it('comes later, never sooner, when entries were removed since the copy', () => {
    expect(copyOffer(copySaved(NO_COPY_SAVED, AT, 100), 80)).toBeUndefined();
    expect(copyOffer(copySaved(NO_COPY_SAVED, AT, 100), 119)).toBeUndefined();
  });
});

describe('what a copy keeps', () => {
  it('counts each person, each detail remembered of them, each note sent and each hello noted', () => {
    const people = [
      {
        memories: [
          { id: 'm1', text: 'the cello', kind: 'interest' as const },
          { id: 'm2', text: 'your new job', kind: 'good-news' as const },
        ],
      },
      { memories: [] },
    ];
    expect(keptEntries(people, 3, 4)).toBe(2 + 2 + 3 + 4);
    expect(keptEntries([], 0, 0)).toBe(0);
  });
});
