import type { ShameTable } from '../shame';

/** French words that would shame, as nets by what they do (see tests/support/shame.ts). */
export const frShame: ShameTable = {
  nets: {
    score: [/\bs[ée]rie de \d|\bd'affil[ée]e\b|\bde suite\b/i, /\bcons[ée]cutifs?\b/i, /[ée]chec|[ée]chou/i, /\bscore\b|\btableau des points\b/i],
    blame: [
      /\btu (l'|les |la |le )?as (manqu|rat|saut|oubli|ignor|n[ée]glig)/i,
      /\b(raté|sauté|manqué)s?\s*\.?$/i,
      /\boubli[ée]s?\b(?! )|\btu as oubli/i,
      /\bignor[ée]/i,
      /\bn[ée]glig/i,
      /\btu n'as (pas|jamais|rien)( encore)? (écrit|répondu|envoyé|appelé|dit|salué|donné)/i,
      /\btu aurais d[uû](?!\p{L})/iu,
    ],
    again: [
      /\bencore une fois (rat|saut|oubli|ignor|pas|rien|sans)/i,
      /\bencore et encore\b/i,
      /\b(rat[ée]|saut[ée]|oubli[ée]|ignor[ée]|manqu[ée])s? (encore|de nouveau|à nouveau)\b/i,
      /\b(de nouveau|à nouveau|encore) (rat|saut|oubli|ignor|manqu|aucun|pas de)/i,
      /\btoujours pas\b|\btoujours rien\b|\btoujours sans\b/i,
      /\bpas encore (écrit|répondu|envoyé|salué)|\btu n'as (pas|toujours pas) encore\b/i,
    ],
    gaps: [
      /\ben retard\b/i,
      /\btrop longtemps\b/i,
      /ça fait (longtemps|une éternité|des lustres|un bail)|depuis (le temps|une éternité|des lustres)/i,
      /\btardi(f|ve)\b/i,
    ],
  },
  caught: {
    score: ['Ta série de 4 jours', "Trois jours d'affilée", 'Ton bonjour a échoué'],
    blame: ["Tu n'as pas écrit à Maya", 'Tu as manqué un rituel', 'Sauté.', 'Tu as oublié papa', 'Tu as ignoré la carte', 'Tu aurais dû écrire'],
    again: ['Encore une fois raté.', "De nouveau aucun bonjour aujourd'hui", 'Toujours pas écrit ?', "Tu n'as pas encore écrit à Maya"],
    gaps: ['Tu es en retard cette semaine', 'Ça fait trop longtemps', 'Ça fait une éternité', 'Une réponse tardive'],
  },
  kind: [
    'Ça compte comme un petit bonjour.',
    "Réessaie, s'il te plaît.",
    "J'aimerais quand même des petites idées aujourd'hui",
    'Pas encore de rituels. Ils ne dépendent que de toi.',
    "Cette carte vient tout juste d'apparaître, alors ça n'a encore rien fait.",
    "Ton rythme avec Maya repart d'aujourd'hui.",
    'Ça me fait encore sourire.',
    'Tout ce qui était enregistré avant est toujours là.',
    'Oublier ce qui a été appris',
  ],
};

/** What the tests hold the French words to (see LanguageFacts in tests/support/words.ts). */
export const frFacts = {
  quotes: ['«\u00a0', '\u00a0»'],
  // "son", "sa" mark the gender of the thing, not the friend, but "ton nouveau travail"
  // turned to "son nouveau travail" would be a guess at every other word: quoted, as written.
  cardDetail: 'quoted',
  sample: {
    'good-news': 'ton nouveau travail',
    'hard-time': "l'enterrement de ton père",
    interest: 'ton violoncelle',
    'coming-up': 'tes examens',
    'shared-memory': 'notre voyage sur la côte',
    other: 'la randonnée en montagne',
  },
  longDetail: 'tes cours de violoncelle avec ta grand-mère le dimanche matin, dans sa petite cuisine',
  notForAHardTime: [
    /f[ée]licit/i,
    /\bbravo\b|bien jou[ée]/i,
    /(content|heureu[sx]e?|ravie?) pour toi|plaisir pour toi/i,
    /\bfi[eè]re?\b/i,
    /c[ée]l[ée]br|f[êe]ter/i,
    /excit|\bh[âa]te\b/i,
    /g[ée]nial|\bsuper\b|formidable|merveill|fantastique|magnifique|\bgénial/i,
    /\bjoli|belle nouvelle|tr[eè]s beau/i,
    /amus|dr[ôo]le|blague|\brire\b|rigol/i,
    /sourire|souri/i,
    /courage\b/i,
    /comment (ça |ç'a |tout )?(s'est|se) pass|comment [çc]a (va|se passe)|o[uù] tu en es|tu en es o[uù]/i,
    /quoi de neuf|des nouvelles|du nouveau/i,
    /invit/i,
    /caf[ée]/i,
    /(^|[^\p{L}])th[ée](?!\p{L})/iu,
    /d[ée]jeun|d[îi]ner|\brepas\b/i,
    /\bappel|t[ée]l[ée]phon/i,
    /balad|promen|march(er|ons)/i,
    /\bse voir\b|\bon se voit\b|\bte voir\b|retrouv|rattrap/i,
    /!/,
    /raconte[- ]moi|j'aimerais (bien )?(savoir|entendre)|en savoir plus/i,
    /\bparler\b|discuter|papot/i,
    /le meilleur|bonne chose|quelque chose de bien/i,
    /week-end/i,
    // Toxic positivity: a hard time looked away from.
    /au moins|\bdu moins\b/i,
    /bon c[ôo]t[ée]|positi/i,
    /tout arrive pour une raison|c'[ée]tait [ée]crit/i,
    /profit|savour/i,
    /sois fort|reste fort|tiens bon|t[eê]te haute/i,
    /aurait pu [êe]tre pire|monde meilleur|tourner la page|passer à autre chose|le temps gu[ée]rit/i,
    // Pressure: an answer asked for.
    /r[ée]ponds[- ]moi|[ée]cris[- ]moi/i,
    /comment (tu )?(vas|tiens)|comment tu le vis|comment vas-tu/i,
    /dis[- ]moi|tiens[- ]moi au courant/i,
    /appelle[- ]moi/i,
  ],
  noNeedToReply: /pas besoin de (me )?r[ée]pondre/i,
  findsSomething: [
    /\b(vu|trouv[ée]|rep[ée]r[ée]) (ça|quelque chose)\b|quelque chose que tu as (vu|trouv[ée])/i,
    /\b(cette|une|ce|un|la) (chanson|photo|image|vid[ée]o|lien|article)\b/i,
    /\benvoie[- ](lui|le|la)\b/i,
    /\bça m'a (fait penser|rappel[ée])\b/i,
    /\b(cherch|trouv)\w* (quelque chose|un truc)\b/i,
  ],
  speaksOfThePage: [/\b(vu|lu|trouv[ée]) ici\b/i, /publication/i, /\bfil\b/i, /\b(un|cet) e-mail\b|\b(un|ce) mail\b/i, /commentaire/i],
  formal: [/\bvous\b/i, /\bvotre\b/i, /\bvos\b/i],
  sameAsEnglish: [
    // The name, and where the toolbar shows it.
    'extName',
    'extShortName',
    'actionTitle',
    // Only what is filled in: "Gmail, 14:30", "90 minutes", "1,5 h".
    'historyWhereWhen',
    'scheduleGapMinutes',
    'scheduleGapHours',
    // Words French uses as English does.
    'personChannelWhatsapp',
    'sendByWhatsapp',
    'cardMenu',
  ],
} as const;
