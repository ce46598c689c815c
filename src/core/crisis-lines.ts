/**
 * Crisis lines, bundled with the extension: static text, never fetched. A short list of
 * well-known national lines; numbers change rarely but they do change, so the person can
 * edit the list and add their own, and an international directory covers everyone else.
 * Names and numbers are data; the words around them ("Call 116 123") are in _locales.
 */
export type Reach =
  | { readonly kind: 'call'; readonly number: string }
  | { readonly kind: 'text'; readonly number: string }
  | { readonly kind: 'call-or-text'; readonly number: string }
  /** "Text HOME to 741741". */
  | { readonly kind: 'text-word'; readonly word: string; readonly number: string };

export interface BundledLine {
  readonly name: string;
  readonly reach: readonly Reach[];
  /** Answers day and night. */
  readonly always?: true;
  /** Meant for children and young people. */
  readonly young?: true;
}

export interface CountryLines {
  /** ISO 3166 region code, as Intl.Locale names it ("DE"). */
  readonly country: string;
  /** Where to call in an emergency, right now. */
  readonly emergency: string;
  readonly lines: readonly BundledLine[];
}

/** For everyone whose country is not in the list: an international directory of helplines. */
export const HELPLINE_DIRECTORY = { name: 'Find A Helpline', url: 'https://findahelpline.com' } as const;

/**
 * Each number was checked against the source named beside it (looked up 2026-12), an
 * official page where one could be found, else a news report of the ministry or service
 * that runs the line. A country whose line no source confirmed is left to the directory.
 */
export const COUNTRY_LINES: readonly CountryLines[] = [
  // AR: 911 https://emergencias911.mseg.gba.gov.ar/preguntas (Ley 25.367, the coordinated emergency number);
  // 0800 999 0091, the Ministry of Health's national mental health line, day and night:
  // https://www.cba24n.com.ar/sociedad/se-habilito-linea-telefonica-nacional-y-gratuita-para-urgencias-de-salud-mental_a631b4db37e12b42cd076b8cf
  { country: 'AR', emergency: '911', lines: [{ name: 'Línea de Salud Mental', reach: [{ kind: 'call', number: '0800 999 0091' }], always: true }] },
  {
    country: 'AT',
    emergency: '112',
    lines: [
      { name: 'TelefonSeelsorge', reach: [{ kind: 'call', number: '142' }], always: true },
      { name: 'Rat auf Draht', reach: [{ kind: 'call', number: '147' }], always: true, young: true },
    ],
  },
  {
    country: 'AU',
    emergency: '000',
    lines: [
      {
        name: 'Lifeline',
        reach: [
          { kind: 'call', number: '13 11 14' },
          { kind: 'text', number: '0477 13 11 14' },
        ],
        always: true,
      },
    ],
  },
  {
    country: 'BE',
    emergency: '112',
    lines: [
      { name: 'Zelfmoordlijn', reach: [{ kind: 'call', number: '1813' }], always: true },
      { name: 'Centre de Prévention du Suicide', reach: [{ kind: 'call', number: '0800 32 123' }], always: true },
    ],
  },
  // BR: 192 (SAMU) https://mirandabrasil.com.br/telefone-da-ambulancia; CVV 188, free from any phone since
  // 2018, every day at any hour: http://www.folhadoestado.com.br/numero-188-torna-se-gratuito-no-pais-todo-telefone-de-ajuda-a-prevencao-do-suicidio/
  // and https://redeglobo.globo.com/rj/tvriosul/Acontece/noticia/cvv-oferece-apoio-emocional-e-atua-na-prevencao-do-suicidio.ghtml
  { country: 'BR', emergency: '192', lines: [{ name: 'CVV, Centro de Valorização da Vida', reach: [{ kind: 'call', number: '188' }], always: true }] },
  // CA: 988, call or text, in English and French: https://camh.ca/fr/agent-du-changement/988. Quebec's own
  // line, 1 866 APPELLE (277-3553), where 988 calls from Quebec are sent too, and its text number 535353:
  // https://www.newswire.ca/fr/news-releases/prevention-du-suicide-le-service-numerique-quebecois-d-intervention-en-prevention-du-suicide-disponible-24-heures-sur-24-7-jours-sur-7-844513956.html
  // and https://www.infodimanche.com/actualites/actualite/473288/prevention-du-suicide-le-numero-court-535353-maintenant-disponible
  {
    country: 'CA',
    emergency: '911',
    lines: [
      { name: '9-8-8 Suicide Crisis Helpline', reach: [{ kind: 'call-or-text', number: '988' }], always: true },
      {
        name: '1 866 APPELLE (Québec)',
        reach: [
          { kind: 'call', number: '1 866 277 3553' },
          { kind: 'text', number: '535353' },
        ],
        always: true,
      },
    ],
  },
  {
    country: 'CH',
    emergency: '112',
    lines: [
      { name: 'Die Dargebotene Hand / La Main Tendue', reach: [{ kind: 'call', number: '143' }], always: true },
      { name: 'Pro Juventute', reach: [{ kind: 'call', number: '147' }], always: true, young: true },
    ],
  },
  // CL: 131 (SAMU) https://latinosinfronteras.com/vivir-en-chile/vida/urgencias-emergencias-chile-20250507;
  // *4141, the Ministry of Health's line, free, day and night (dialled with its star):
  // https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml
  { country: 'CL', emergency: '131', lines: [{ name: 'Línea de Prevención del Suicidio', reach: [{ kind: 'call', number: '*4141' }], always: true }] },
  {
    country: 'DE',
    emergency: '112',
    lines: [
      {
        name: 'TelefonSeelsorge',
        reach: [
          { kind: 'call', number: '0800 111 0 111' },
          { kind: 'call', number: '0800 111 0 222' },
          { kind: 'call', number: '116 123' },
        ],
        always: true,
      },
      { name: 'Nummer gegen Kummer', reach: [{ kind: 'call', number: '116 111' }], young: true },
    ],
  },
  // ES: 024, the Ministry of Health's line, free, day and night:
  // https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml
  { country: 'ES', emergency: '112', lines: [{ name: 'Línea 024', reach: [{ kind: 'call', number: '024' }], always: true }] },
  // FR: 3114 https://www.service-public.fr/particuliers/actualites/A15206; SOS Amitié 09 72 39 40 50, day and night:
  // https://www.francetvinfo.fr/societe/pendant-les-fetes-les-benevoles-de-sos-amitie-restent-mobilises-la-personne-appelle-en-pleurs-et-peu-a-peu-l-angoisse-se-desserre_4892343.html
  {
    country: 'FR',
    emergency: '112',
    lines: [
      { name: '3114', reach: [{ kind: 'call', number: '3114' }], always: true },
      { name: 'SOS Amitié', reach: [{ kind: 'call', number: '09 72 39 40 50' }], always: true },
    ],
  },
  {
    country: 'GB',
    emergency: '999',
    lines: [
      { name: 'Samaritans', reach: [{ kind: 'call', number: '116 123' }], always: true },
      { name: 'Shout', reach: [{ kind: 'text-word', word: 'SHOUT', number: '85258' }], always: true },
    ],
  },
  {
    country: 'IE',
    emergency: '112',
    lines: [
      { name: 'Samaritans', reach: [{ kind: 'call', number: '116 123' }], always: true },
      { name: 'Text About It', reach: [{ kind: 'text-word', word: 'HELLO', number: '50808' }], always: true },
    ],
  },
  { country: 'IN', emergency: '112', lines: [{ name: 'Tele MANAS', reach: [{ kind: 'call', number: '14416' }], always: true }] },
  // MX: 911, and Línea de la Vida 800 911 2000 (CONASAMA), free, day and night:
  // https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/
  // and https://www.elmanana.com/noticias/nacional/instituciones-de-salud-mental-en-mexico-servicios-gratuitos/6020415
  { country: 'MX', emergency: '911', lines: [{ name: 'Línea de la Vida', reach: [{ kind: 'call', number: '800 911 2000' }], always: true }] },
  {
    country: 'NL',
    emergency: '112',
    lines: [
      {
        name: '113 Zelfmoordpreventie',
        reach: [
          { kind: 'call', number: '113' },
          { kind: 'call', number: '0800 0113' },
        ],
        always: true,
      },
    ],
  },
  { country: 'NZ', emergency: '111', lines: [{ name: '1737, Need to talk?', reach: [{ kind: 'call-or-text', number: '1737' }], always: true }] },
  // PT: 112, and 1411, the national suicide prevention line (SNS 24), free, day and night, since 2025-09-10:
  // https://www.deco.proteste.pt/saude/saude-mental/noticias/linha-prevencao-suicidio-funciona-24-horas-por-dia
  // and https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas
  { country: 'PT', emergency: '112', lines: [{ name: 'Linha Nacional de Prevenção do Suicídio', reach: [{ kind: 'call', number: '1411' }], always: true }] },
  {
    country: 'US',
    emergency: '911',
    lines: [
      { name: '988 Suicide & Crisis Lifeline', reach: [{ kind: 'call-or-text', number: '988' }], always: true },
      { name: 'Crisis Text Line', reach: [{ kind: 'text-word', word: 'HOME', number: '741741' }], always: true },
    ],
  },
];

/**
 * Where most of a language's native speakers live in one listed country, that country
 * (most who speak Portuguese live in Brazil). Not English, and not Spanish: most who speak
 * them live somewhere else, so a guess would as likely show lines that do not answer there.
 */
const COUNTRY_OF_LANGUAGE: Readonly<Record<string, string>> = { de: 'DE', fr: 'FR', nl: 'NL', pt: 'BR' };

export function linesOf(country: string): CountryLines | undefined {
  return COUNTRY_LINES.find((entry) => entry.country === country);
}

/**
 * The country whose lines are shown until the person chooses, from the browser's
 * languages, first one first. A region said with the first language decides ("de-AT" →
 * Austria), and so does one said later for that same language ("en", "en-IE" → Ireland).
 * A region not in the list ("es-CO", "fr-SN") gives no country at all: lines of another
 * country would not answer there, so the directory is shown and the person picks. With no
 * region said, a language spoken mostly in one listed country stands for it ("de" →
 * Germany); anything else (a plain "en") gives none.
 */
export function defaultCountry(languages: readonly string[]): string | undefined {
  const parsed = languages.flatMap((tag) => {
    try {
      return [new Intl.Locale(tag)];
    } catch {
      return [];
    }
  });
  const [first] = parsed;
  if (!first) return undefined;
  const region = first.region ?? parsed.find((locale) => locale.language === first.language && locale.region)?.region;
  const country = region ?? COUNTRY_OF_LANGUAGE[first.language];
  return country && linesOf(country) ? country : undefined;
}

/** A line as the person keeps it once they edit the list: a name and how to reach it, in their words. */
export interface OwnLine {
  readonly name: string;
  readonly reach: string;
}

export const LINE_LIMITS = { name: 100, reach: 200, lines: 20 } as const;

/** A line from the form, trimmed, or undefined when it has no name or no way to reach it. */
export function ownLine(input: { name: string; reach: string }): OwnLine | undefined {
  const name = input.name.trim().slice(0, LINE_LIMITS.name);
  const reach = input.reach.trim().slice(0, LINE_LIMITS.reach);
  return name && reach ? { name, reach } : undefined;
}
