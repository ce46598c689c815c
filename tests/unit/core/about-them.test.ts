import { speakOfThem } from '../../../src/core/about-them';

describe('a detail as the card says it to the user, in English', () => {
  it.each([
    ['your new job', 'their new job'],
    ["your dad's funeral", "their dad's funeral"],
    ['passing your driving test', 'passing their driving test'],
    ['your mum being in hospital', 'their mum being in hospital'],
    ['Your sister’s wedding', 'Their sister’s wedding'],
    ['the hiking trip', 'the hiking trip'],
    ['running', 'running'],
    ['the cello', 'the cello'],
    ['Leo starting school', 'Leo starting school'],
  ])('speaks of the friend: %j reads %j', (detail, onCard) => {
    expect(speakOfThem(detail, 'en')).toBe(onCard);
  });

  it.each([
    ['our first flat together', 'your first flat together'],
    ['the time we got lost in Leeds', 'the time you both got lost in Leeds'],
    ['the summer we worked at the café', 'the summer you both worked at the café'],
    ['the dinner you cooked for us', 'the dinner they cooked for you both'],
    ['Our trip to the coast', 'Your trip to the coast'],
  ])('turns what the two of them share towards the user: %j reads %j', (detail, onCard) => {
    expect(speakOfThem(detail, 'en')).toBe(onCard);
  });

  it.each([
    ['the book I lent you', 'the book you lent them'],
    ['the time you visited me', 'the time they visited you'],
    ['helping you move', 'helping them move'],
    ['the party for you', 'the party for them'],
    ['what you said at my wedding', 'what they said at your wedding'],
    ['the song you’re learning', 'the song they’re learning'],
    ["the plan I'm making with you", "the plan you're making with them"],
    ['the time I was ill', 'the time you were ill'],
    ['I am learning the cello too', 'You are learning the cello too'],
  ])('knows who does what: %j reads %j', (detail, onCard) => {
    expect(speakOfThem(detail, 'en')).toBe(onCard);
  });

  it('leaves a country, a title and other words alone', () => {
    expect(speakOfThem('the US trip', 'en')).toBe('the US trip');
    expect(speakOfThem('watching Call Me By Your Name', 'en')).toBe('watching Call Me By Your Name');
    expect(speakOfThem('the $5 plant sale', 'en')).toBe('the $5 plant sale');
    expect(speakOfThem('youth choir', 'en')).toBe('youth choir');
  });

  it('speaks English in any English locale, and leaves other languages as written', () => {
    expect(speakOfThem('your new job', 'en_GB')).toBe('their new job');
    expect(speakOfThem('your new job', 'en-US')).toBe('their new job');
    expect(speakOfThem('deine neue Stelle', 'de')).toBe('deine neue Stelle');
  });
});
