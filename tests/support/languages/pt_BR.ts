import type { ShameTable } from '../shame';

/** Brazilian Portuguese words that would shame, as nets by what they do (see tests/support/shame.ts). */
export const ptBRShame: ShameTable = {
  nets: {
    score: [/\bsequ[eê]ncia\b|\bofensiva\b/i, /\bseguid[oa]s\b/i, /\bfracass|\bfalh(ou|aste)\b/i, /\bpontua[çc][aã]o\b|\bplacar\b/i],
    blame: [
      /\bvoc[eê] (perdeu|pulou|esqueceu|ignorou|deixou passar)\b/i,
      /\bpulad[oa]\b|\bignorad[oa]\b/i,
      /\besquec(eu|ido|ida)\b/i,
      /neglig|descuid/i,
      /\bn[aã]o (escreveu|respondeu|mandou|enviou|ligou|falou|deu oi)\b/i,
      /\b(deveria|devia) ter\b/i,
    ],
    again: [
      /\b(de novo|outra vez|mais uma vez) (n[aã]o|nada|sem|nenhum)\b/i,
      /\bvez ap[oó]s vez\b|\bde novo e de novo\b/i,
      /\b(pulad[oa]|esquecid[oa]|ignorad[oa]|dispensad[oa])\b[^.?!]*\b(de novo|outra vez|mais uma vez)\b/i,
      /\bainda n[aã]o (escreveu|respondeu|mandou|enviou|falou|deu)/i,
      /\bcontinua sem (escrever|responder|oi)\b|\bpendente\b/i,
    ],
    gaps: [
      /\batrasad[oa]\b/i,
      /\btempo demais\b|\bmuito tempo sem\b/i,
      /\bfaz (muito )?tempo\b|\bfaz s[eé]culos\b|\bh[aá] (muito tempo|s[eé]culos)\b/i,
      /\bsumid[oa]\b/i,
    ],
  },
  caught: {
    score: ['Sua ofensiva: 4 dias', 'Três dias seguidos', 'Você fracassou no oi'],
    blame: ['Você não escreveu para a Maya', 'Você perdeu um ritual', 'Pulado.', 'Você esqueceu o pai', 'Você ignorou o cartão', 'Você deveria ter escrito'],
    again: ['Pulado de novo.', 'De novo nenhum oi hoje', 'Ainda não escreveu?', 'Você ainda não respondeu a Maya'],
    gaps: ['Você está atrasado esta semana', 'A Maya está atrasada', 'Faz tempo demais', 'Faz muito tempo que você não escreve'],
  },
  kind: [
    'Isso conta como um pequeno oi.',
    'Tente de novo, por favor.',
    'Mesmo assim, quero pequenas ideias hoje',
    'Ainda não há rituais. Eles dependem só de você.',
    'Este cartão acabou de aparecer, então isso ainda não fez nada.',
    'Seu ritmo com a Maya recomeça a partir de hoje.',
    'Isso ainda me faz sorrir.',
    'Tudo o que foi salvo antes continua lá.',
    'Não lembra a frase secreta?',
  ],
};

/** What the tests hold the Brazilian Portuguese words to (see LanguageFacts in tests/support/words.ts). */
export const ptBRFacts = {
  quotes: ['“', '”'],
  // "seu"/"dele"/"dela": turning "o seu novo emprego" round would guess the friend's gender.
  cardDetail: 'quoted',
  sample: {
    'good-news': 'o seu novo emprego',
    'hard-time': 'o enterro do seu pai',
    interest: 'o violoncelo',
    'coming-up': 'as suas provas',
    'shared-memory': 'a nossa viagem para o litoral',
    other: 'a trilha na serra',
  },
  longDetail: 'as aulas de violoncelo que você faz com a sua avó nas manhãs de domingo',
  notForAHardTime: [
    /parab[eé]ns/i,
    /mandou bem|arrasou/i,
    /(feliz|contente|alegre) por voc[eê]|que alegria/i,
    /orgulh/i,
    /celebr|comemor|festej/i,
    /empolg|animad/i,
    /maravilh|incr[ií]vel|fant[aá]stic|sensacional|[óo]tim[oa]/i,
    /\blind[oa]\b|\bbonit/i,
    /divert|engra[çc]ad|piada|\bri(r|sada)\b/i,
    /sorri/i,
    /\bfor[çc]a\b/i,
    /como (foi|est[aá] indo|vai|anda|andam|estão as coisas)/i,
    /novidade|o que h[aá] de novo/i,
    /convit|convid|\bchamar\b/i,
    /caf[eé]/i,
    /(^|[^\p{L}])ch[aá](?!\p{L})/iu,
    /almo[çc]|jantar|refei[çc]/i,
    /liga[çc]|\bligar\b|telefon/i,
    /passe(io|ar)|caminh/i,
    /\bte ver\b|\bnos ver\b|a gente se v|encontr/i,
    /!/,
    /me conta|adoraria (saber|ouvir)/i,
    /conversar|\bpapo\b/i,
    /a melhor parte|o melhor|coisa boa/i,
    /fim de semana/i,
    // Toxic positivity: a hard time looked away from.
    /pelo menos|ao menos/i,
    /lado bom|positiv/i,
    /tudo acontece por um motivo|era para ser/i,
    /aproveit|curtindo|\bcurt(e|a|ir)\b/i,
    /seja forte|fica firme|fique firme|levanta a cabe[çc]a/i,
    /poderia ser pior|lugar melhor|supera|virar a p[aá]gina|o tempo cura/i,
    // Pressure: an answer asked for.
    /me responde|responda logo|me escreve/i,
    /como voc[eê] est[aá]|como est[aá] levando/i,
    /me avisa|me fala/i,
    /me mant[eé]m informad/i,
    /me liga/i,
  ],
  noNeedToReply: /n[aã]o precisa (me )?responder/i,
  findsSomething: [
    /\b(vi|viu|encontrei|achei) (isso|algo|alguma coisa)\b|\balgo que voc[eê] (viu|achou)\b/i,
    /\b(essa|esta|uma|um|a) (m[uú]sica|foto|imagem|v[ií]deo|link|artigo)\b/i,
    /\bmand(e|a) (isso|para|a)\b|\benvi(e|a) (isso|para)\b/i,
    /\bisso me (fez|lembrou)\b/i,
    /\b(procur|ach)\w* (algo|alguma coisa)\b/i,
  ],
  speaksOfThePage: [/\b(viu|vi|leu|achou) aqui\b/i, /publica[çc]/i, /\bfeed\b/i, /\b(um|este|esse) e-mail\b/i, /coment[aá]rio/i],
  formal: [/\bo senhor\b/i, /\ba senhora\b/i],
  sameAsEnglish: [
    // The name, and where the toolbar shows it.
    'extName',
    'extShortName',
    'actionTitle',
    // Only what is filled in: "Gmail, 14:30", and hours as "1,5 h".
    'historyWhereWhen',
    'scheduleGapHours',
    // Words Portuguese uses as English does.
    'ritualFormLabel',
    'personChannelWhatsapp',
    'sendByWhatsapp',
    'cardMenu',
  ],
} as const;
