import { appealRules } from './appeal.js';
import { bylineRule } from './byline.js';
import { createProfile } from './create-profile.js';
import { datelineRule } from './dateline.js';
import {
  breadcrumb,
  creditPrefix,
  rightsTail,
  rule,
  SOCIAL,
  shareBar,
  shortCredit,
  teaserPrefix,
  wholeLine,
} from './rules.js';

/** English. */
export const en = createProfile({
  code: 'en',
  name: 'English',
  boilerplate: [
    wholeLine('navigation', [
      'home(?: ?page)?|(?:main )?menu|search|close|skip to (?:main )?(?:content|navigation)|skip navigation',
      '(?:back|go) to top|latest(?: news| stories| headlines| updates)?|top stories|breaking news',
      'trending(?: now| stories)?|(?:all )?sections|topics|tags|sign in|log ?in|log out|register|my account',
      '(?:next|previous)(?: article| story)?|more|contact(?: us)?|about us|site ?map|watch live',
    ]),
    breadcrumb(['home']),
    wholeLine(
      'related_links',
      [
        'read (?:also|more|next)|also read|related(?: articles| stories| content| coverage| news| links| topics)?',
        'more on (?:this|the) (?:story|topic)|more (?:stories|news|like this)',
        'you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| reading| articles)?',
        "see also|don't miss|must read|editor's picks|further reading",
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      'see all|view all|(?:show|load|see) more|read the full (?:story|article)|(?:continue|keep) reading',
    ]),
    teaserPrefix('related_links', ['read (?:also|more|next)|also read|related|see also|must read']),
    wholeLine('advertisement', [
      'advertisement|advert|ads?|sponsored(?: content| post| story| article| links?| stories)?',
      'paid (?:content|post|partnership|promotion)|promoted(?: content| stories| links?)?|partner content',
      '(?:advertisement[ -]+)?scroll to continue(?: with content)?',
      '(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?',
      'continue reading (?:below|the main story)|skip advert(?:isement)?|ad feedback|report this ad',
      'advertise with us',
    ]),
    wholeLine(
      'share_widget',
      [
        'shares?|share this|share (?:this|the) (?:article|story|page|post|video)',
        `share (?:on|via|to|with) (?:${SOCIAL})|follow us(?: on (?:${SOCIAL}))?`,
        'tweet(?: this)?|e-?mail(?: this)?(?: article)?|print(?: this)?(?: article| page)?',
        'copy(?: the)? (?:link|url)|link copied|save(?: this)?(?: article| story)?|bookmark',
        'gift (?:this )?article|listen to (?:this )?article',
      ],
      { counted: true },
    ),
    shareBar('share(?: this)?(?: article| story)?', 'copy(?: the)? link|link copied|print|save|tweet'),
    wholeLine(
      'comments_widget',
      [
        String.raw`comments|comment(?=\s*[(\[]?\d)|(?:show|view|read|see|load|hide) (?:all |the )?comments`,
        '(?:leave|add|post|write) a comment|join the (?:conversation|discussion|debate)',
        'most (?:commented|read|viewed|popular|shared)|comments (?:are )?(?:closed|disabled)',
        'be the first to comment|repl(?:y|ies)',
      ],
      { counted: true },
    ),
    rule(
      'comments_widget',
      String.raw`^your email address will not be published\.?(?:\s*required fields are marked(?: with)?\s*\*?\.?)?$`,
    ),
    creditPrefix([
      'photo(?:graph)?s?|photo credit|images?(?: source)?|pictures?|pictured|credits?|illustration',
    ]),
    rule('photo_credit', String.raw`^(?:image|media) (?:source|caption),\s*\S`),
    rule(
      'photo_credit',
      String.raw`^[(\[]?(?:photo(?:graph)?|picture|image|(?:photo )?illustration)s? by\s+[^.!?]{2,100}[)\]]?$`,
    ),
    wholeLine('photo_credit', ['file (?:photo|picture|image)|stock (?:photo|image)|photo illustration']),
    shortCredit('pics?|photo source'),
    bylineRule({
      labels:
        '(?:additional )?reporting by|(?:written|words|writing|editing|edited|compiled|interview) by|by',
      colonLabels: 'authors?|text|words|reporting|reporter',
      agencyLabels: 'with|additional reporting from',
      joiners: 'and|&|with',
      roles: String.raw`(?:[\p{L}-]+ )?(?:correspondent|editor|reporter|writer|bureau chief)`,
      at: 'in|at|from',
      agencies: 'agencies|wire services',
      notNames:
        'the|an?|any|all|no|our|your|my|his|her|its|their|this|that|these|those|to|of|in|on|for|at|from|with|and|or|is|are|was|were|how|why|what|when|who|way|far|then|now|popular|royal|special|public|order|land|air|sea|hand|night|day|early|late|next|last|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|easter',
    }),
    wholeLine('newsletter', [
      'newsletters?|(?:sign up|subscribe)(?: now| here| today)?',
      '(?:sign up|subscribe|register) (?:for|to) (?:our|the) [\\p{L} -]{0,40}newsletters?',
      'get (?:our|the) [\\p{L} -]{0,40}newsletter|(?:enter )?your e-?mail(?: address)?',
      "you're (?:all )?(?:signed up|subscribed)|thanks? (?:you )?for (?:signing up|subscribing)",
    ]),
    rule('newsletter', String.raw`^by (?:signing up|subscribing|entering your e-?mail)\b`),
    wholeLine('donation', [
      'donate(?: now| today| here)?|make a (?:donation|contribution)|contribute(?: now| today)?',
      'support (?:us|our (?:work|journalism|reporting|newsroom))',
      'support (?:independent|quality|local|free) journalism|become a (?:member|supporter|patron)',
    ]),
    rule(
      'donation',
      String.raw`^(?:please )?(?:consider )?(?:support(?:ing)?|donat(?:e|ing) to) (?:us|our|independent|quality)\b.{0,160}\b(?:journalism|reporting|newsroom)`,
    ),
    ...appealRules({
      asked:
        '(?:did you )?(?:enjoy(?:ed)?|liked?|valued?) (?:this|reading this|our) (?:article|story|journalism)',
      support:
        '(?:please )?(?:support|back|fund) (?:us|our|the|independent|quality|local|free|journalism)|become a (?:member|supporter)|join (?:us|today)',
      subscribe: 'subscribe(?: now| today)?|become a (?:subscriber|patron)',
      cause: 'journalism|newsroom|(?:independent|local|free) (?:news|media|press)|subscri(?:be|ption)',
      price: '(?:a|per) (?:month|week|year)|first month',
      slogans:
        "(?:(?:independent|quality|good|local) )?journalism (?:costs money|is(?: not|n['’]t) free|needs your support)",
      signUp: 'sign up|subscribe|register|get (?:our|the)',
      newsletter: 'newsletters?|inbox',
      label: 'newsletters?',
    }),
    wholeLine('cookie_notice', [
      '(?:accept|reject|allow)(?: all)?(?: cookies)?|agree and (?:close|continue)',
      '(?:manage|customi[sz]e) (?:cookies|preferences|(?:cookie )?settings|consent)',
      'cookie (?:settings|preferences|policy|notice|consent)|privacy (?:settings|preferences)',
    ]),
    rule(
      'cookie_notice',
      String.raw`^(?:we use cookies|this (?:web)?site uses cookies|we and our partners use cookies|by (?:continuing to (?:browse|use)|using) (?:this|our) (?:web)?site)\b(?=.{0,240}(?:experience|consent|accept|agree|privacy|polic|settings|browsing|preferences|analy|personali))`,
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?all rights reserved|terms(?: of (?:use|service))?|terms (?:and|&) conditions`,
      'privacy(?: policy| notice| statement)?|legal(?: notice| information)?|imprint|disclaimer',
      'do not sell(?: or share)? my personal information|your privacy choices',
    ]),
    rightsTail('all rights reserved'),
    datelineRule({
      months:
        'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec',
      weekdays:
        'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun',
      days: 'today|yesterday',
      relative: String.raw`(?:\d+|an?|one) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?) ago|just now`,
      labels: '(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?',
      ordinal: 'st|nd|rd|th',
      joiner: 'of',
      timePrefix: 'at',
    }),
    rule('dateline', String.raw`^(?:\d+[ -]min(?:ute)?s?\.? read|reading time:?\s*\d+\s*min(?:ute)?s?\.?)$`),
  ],
});
