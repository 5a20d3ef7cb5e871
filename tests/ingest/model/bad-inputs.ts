const SENTENCE = 'Defence Minister Anna Berg met NATO officials in Oslo on Monday, Reuters reported. ';

/** Raw texts no extraction may crash on: each must get an answer, possibly with no entities. */
export const BAD_INPUTS: Readonly<Record<string, string>> = {
  'empty text': '',
  'only white space': ' \n\t\n ',
  'a 1 MB paragraph': SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length)),
  'only capitals': 'THE PRIME MINISTER OF JAPAN MET NATO LEADERS IN STOCKHOLM ON MONDAY\n'.repeat(40),
  'only punctuation': '!!! ... ,,, ;;; --- ((( ))) ??? “” ‘’ '.repeat(200),
  'control characters': 'Anna\u0000 Berg\u0007 met \u001b[31mNATO\u0008 in Oslo\u200b.\u0001\u0002\u0003',
  'right-to-left text':
    'التقى وزير الدفاع الياباني مينورو كيهارا بنظيره السويدي في ستوكهولم.\nשר ההגנה נפגש בסטוקהולם עם נציגי NATO.\n\u202eOslo\u202c',
};
