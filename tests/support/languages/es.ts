import type { ShameTable } from '../shame';

/** Spanish words that would shame, as nets by what they do (see tests/support/shame.ts). */
export const esShame: ShameTable = {
  nets: {
    score: [/\bracha/i, /\bseguid[oa]s\b/i, /\bde corrido\b/i, /\bfall(aste|ó|ido|o)(?!\p{L})|\bfracas/iu, /\bpuntuaci[oó]n\b|\bmarcador\b/i],
    blame: [
      /\bte (perdiste|saltaste|olvidaste)\b/i,
      /\bsaltad[oa]\b|\bomitid[oa]\b/i,
      /\bolvidad[oa]\b|\bolvidaste\b/i,
      /\bignor(aste|ad[oa]|ando)\b/i,
      /\bdescuid/i,
      /\bno (le |les |me |nos )?(has|hayas|escribiste|respondiste|contestaste|enviaste|mandaste|llamaste|dijiste)\b/i,
      /\bdeber[ií]as haber\b|\bte(n|ní)as que haber\b/i,
    ],
    again: [
      /\botra vez (no|nada|sin)\b|\bde nuevo (no|nada|sin)\b/i,
      /\buna y otra vez\b/i,
      /\b(saltad[oa]|omitid[oa]|olvidad[oa]|ignorad[oa]|descartad[oa])\b[^.?!]*\b(otra vez|de nuevo)\b/i,
      /\b(otra vez|de nuevo)\b[^.?!]*\b(saltad[oa]|omitid[oa]|olvidad[oa]|ignorad[oa])\b/i,
      /\b(todav[ií]a|a[uú]n|sigues sin) (no )?(has|le has|escrib|respond|contest|envi|mand)/i,
      /\bsigue sin (respuesta|contestar|escribir)\b|\bpendiente\b/i,
    ],
    gaps: [
      /\batrasad[oa]\b|\bretrasad[oa]\b/i,
      /\bvas (tarde|atrasad)/i,
      /\bdemasiado tiempo\b/i,
      /\bhace (mucho|siglos|una eternidad)\b|\bcu[aá]nto tiempo sin\b/i,
      /\btarde\b[^.?!]*\b(respuesta|nota|hola)\b/i,
    ],
  },
  caught: {
    score: ['Tu racha: 4 días', '¡Tres días seguidos!', 'Fallaste el saludo'],
    blame: ['No le has escrito a Maya', 'Te saltaste un ritual', 'Omitido.', 'Olvidaste a papá', 'Ignoraste la tarjeta', 'Deberías haber escrito'],
    again: ['Omitido otra vez.', 'Otra vez sin hola hoy', '¿Todavía no has escrito?', 'Aún no le has escrito a Maya', 'Sigue pendiente'],
    gaps: ['Vas atrasado esta semana', 'Maya está atrasada', 'Ha pasado demasiado tiempo', 'Hace mucho que no escribes'],
  },
  kind: [
    'Eso cuenta como un pequeño hola.',
    'Vuelve a intentarlo, por favor.',
    'Aun así, quiero pequeñas ideas hoy',
    'Todavía no hay rituales. Dependen por completo de ti.',
    'Esta tarjeta acaba de aparecer, así que eso todavía no hizo nada.',
    'Tu ritmo con Maya empieza de nuevo desde hoy.',
    'Todavía me hace sonreír.',
    'Todo lo guardado antes sigue ahí.',
    'Por la tarde, si te viene bien.',
  ],
};

/** What the tests hold the Spanish words to (see LanguageFacts in tests/support/words.ts). */
export const esFacts = {
  quotes: ['“', '”'],
  // Spanish marks the friend's gender in "su"/"suyo" no more than English, but turning "tu"
  // round to "su" would read as "your" (usted) as often as "their": the card quotes it.
  cardDetail: 'quoted',
  sample: {
    'good-news': 'tu nuevo trabajo',
    'hard-time': 'el funeral de tu padre',
    interest: 'el chelo',
    'coming-up': 'tus exámenes',
    'shared-memory': 'nuestro viaje a la costa',
    other: 'la excursión a la montaña',
  },
  longDetail: 'las clases de chelo que tomas con tu abuela los domingos por la mañana',
  notForAHardTime: [
    /felicit/i,
    /enhorabuena/i,
    /bien hecho/i,
    /me alegro (mucho |much[ií]simo |de verdad |tanto )?por ti|qu[eé] alegr[ií]a|alegr[oó]n/i,
    /orgull/i,
    /celebr/i,
    /emocion/i,
    /\bbonit|\bprecios|\blind[oa]s?\b/i,
    /genial|estupend|incre[ií]ble/i,
    /divert|\bchiste|gracios/i,
    /\bre[ií](r|rte|mos)\b|\brisa/i,
    /sonr[ei]/i,
    /[aá]nimo\b|\banim(ar|a)\b/i,
    /c[oó]mo (te )?(va|fue|ha ido|sali[oó]|est[aá] yendo)/i,
    /qu[eé] tal/i,
    /novedad|qu[eé] hay de nuevo/i,
    /invit/i,
    /caf[eé]/i,
    /(^|[^\p{L}])té(?!\p{L})/iu,
    /\bcom(er|ida|amos)\b|almuerz|\bcena/i,
    /llam(a|ar|ada|emos)\b/i,
    /pase(o|ar)|camin/i,
    /\bver(te|nos)\b|\bnos vemos\b|quedar|juntarnos|ponernos al d[ií]a/i,
    /!|¡/,
    /cu[eé]ntame (todo|m[aá]s)|me encantar[ií]a (saber|o[ií]r)/i,
    /\bhabl(ar|emos)\b|\bcharl/i,
    /lo mejor|algo bueno|cosa buena/i,
    /fin de semana/i,
    // Toxic positivity: a hard time looked away from.
    /al menos|por lo menos/i,
    /lado (bueno|positivo)|positiv/i,
    /todo pasa por (algo|una raz[oó]n)|por algo pasan|estaba escrito/i,
    /disfrut/i,
    /s[eé] fuerte|mantente fuerte|arriba ese/i,
    /podr[ií]a (ser|haber sido) peor|un lugar mejor|sup[eé]ralo|pasar p[aá]gina|el tiempo lo cura/i,
    // Pressure: an answer asked for.
    /resp[oó]ndeme|cont[eé]stame|escr[ií]beme (pronto|cuando)/i,
    /c[oó]mo est[aá]s|c[oó]mo lo llevas/i,
    /av[ií]same|dime algo/i,
    /mantenme al (tanto|d[ií]a)/i,
    /ll[aá]mame/i,
  ],
  noNeedToReply: /no hace falta que (me )?(respondas|contestes)/i,
  findsSomething: [
    /\b(vi|viste|encontr[eé]|encontraste) (esto|algo)\b|\balgo que (viste|encontraste)\b/i,
    /\b(esta|una|un) (canci[oó]n|foto|imagen|v[ií]deo|enlace|art[ií]culo)\b/i,
    /\bm[aá]nda(le|selo|r)\b|\benv[ií]a(le|selo)\b/i,
    /\besto me (hizo|record[oó])\b/i,
    /\bbusca|\bencuentra/i,
  ],
  speaksOfThePage: [/\b(viste|visto|ves|encontraste|le[ií]ste) aqu[ií]\b/i, /publicaci[oó]n/i, /\bmuro\b/i, /\b(un|este) correo\b/i, /comentari/i],
  formal: [/\busted\b/i],
  sameAsEnglish: [
    // The name, and where the toolbar shows it.
    'extName',
    'extShortName',
    'actionTitle',
    // Only what is filled in: "Gmail, 14:30", and hours as "1,5 h".
    'historyWhereWhen',
    'scheduleGapHours',
    // Words Spanish uses as English does.
    'ritualFormLabel',
    'personChannelWhatsapp',
    'sendByWhatsapp',
    'sitesChats',
    'siteKindChat',
  ],
} as const;
