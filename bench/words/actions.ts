/**
 * What generated claims say people did: each action has the verb forms a statement uses, a
 * synonym group for the matcher, and the nouns it takes. Topics give the object of the action.
 */
export interface Action {
  /** Lexicon name shared by every claim using this action, referenced as "@name". */
  concept: string;
  past: string;
  /** Interchangeable wordings for the match block. */
  synonyms: readonly string[];
  /** Links the action to its object: "met {counterpart} about {topic}". */
  preposition: string;
  /** The word a denial uses: "denied {gerund} ...". */
  gerund: string;
}

export const ACTIONS: readonly Action[] = [
  { concept: 'met', past: 'met', synonyms: ['met', 'meeting', 'held talks', 'sat down', 'encounter'], preposition: 'to discuss', gerund: 'meeting' },
  { concept: 'discussed', past: 'discussed', synonyms: ['discussed', 'talked about', 'conversation', 'raised', 'went over'], preposition: 'including', gerund: 'discussing' },
  { concept: 'negotiated', past: 'negotiated', synonyms: ['negotiated', 'bargained', 'brokered', 'hammered out', 'talks'], preposition: 'over', gerund: 'negotiating' },
  { concept: 'lobbied', past: 'lobbied', synonyms: ['lobbied', 'pressed', 'pushed', 'urged', 'campaigned'], preposition: 'on', gerund: 'lobbying' },
  { concept: 'funded', past: 'funded', synonyms: ['funded', 'paid for', 'financed', 'bankrolled', 'donated'], preposition: 'for', gerund: 'funding' },
  { concept: 'approved', past: 'approved', synonyms: ['approved', 'signed off', 'authorised', 'cleared', 'green-lit'], preposition: 'covering', gerund: 'approving' },
  { concept: 'blocked', past: 'blocked', synonyms: ['blocked', 'vetoed', 'stalled', 'halted', 'derailed'], preposition: 'on', gerund: 'blocking' },
  { concept: 'warned', past: 'warned', synonyms: ['warned', 'cautioned', 'alerted', 'flagged', 'raised concerns'], preposition: 'about', gerund: 'warning' },
  { concept: 'promised', past: 'promised', synonyms: ['promised', 'pledged', 'vowed', 'committed', 'assured'], preposition: 'on', gerund: 'promising' },
  { concept: 'concealed', past: 'concealed', synonyms: ['concealed', 'hid', 'withheld', 'kept secret', 'failed to disclose'], preposition: 'concerning', gerund: 'concealing' },
  { concept: 'contacted', past: 'contacted', synonyms: ['contacted', 'called', 'reached out', 'phoned', 'wrote to'], preposition: 'about', gerund: 'contacting' },
  { concept: 'advised', past: 'advised', synonyms: ['advised', 'counselled', 'briefed', 'recommended', 'consulted'], preposition: 'on', gerund: 'advising' },
];

export const TOPICS = [
  'sanctions relief', 'a pipeline contract', 'the port concession', 'fishing quotas', 'a grain export deal',
  'the election timetable', 'arms sales', 'a debt restructuring', 'mining licences', 'the customs union',
  'a border crossing', 'visa rules', 'the pension reform', 'airport landing rights', 'a rail tender',
  'a satellite launch', 'the budget shortfall', 'hospital funding', 'water rights', 'a power plant',
  'the central bank governor', 'a prisoner exchange', 'the trade dispute', 'steel tariffs', 'a merger',
  'the broadcasting licence', 'an oil field', 'a peace plan', 'the embassy move', 'vaccine supplies',
  'cotton subsidies', 'the lithium concession', 'wind farm permits', 'a housing programme', 'bond sales',
  'the transit strike', 'a cyber attack', 'campaign donations', 'the party leadership', 'troop numbers',
  'a refinery sale', 'the tobacco levy', 'data sharing', 'the fishing fleet', 'a telecom auction',
  'the inquiry findings', 'an asylum case', 'a shipping blockade', 'carbon credits', 'the stadium bid',
];

/** Near-miss words a claim excludes: what makes a similar sentence a different story. */
export const NEAR_MISSES = [
  'rumoured', 'parody', 'retracted', 'hypothetical', 'satire', 'cancelled', 'postponed', 'fictional',
  'simulation', 'proposed', 'novel', 'film',
];

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
