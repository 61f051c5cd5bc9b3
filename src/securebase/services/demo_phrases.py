"""Phrase templates for the demo vault, written for SecureBase.

Everything here is invented: one made-up person on the path and the people around
them. ``{partner}``, ``{friend}``, ``{sister}`` and ``{colleague}`` are filled with
invented first names. The texts describe moments and patterns, never labels, and
stay kind: a demo should show what a gentle, honest journal can look like.
"""

from __future__ import annotations

#: Invented first names the demo person's world is made of.
PARTNERS = ("Sam", "Alex", "Robin", "Jamie", "Noa", "Kai")
FRIENDS = ("Priya", "Leo", "Ines", "Tomas")
SISTERS = ("Mia", "Hana", "Lucia")
COLLEAGUES = ("Theo", "Ruth", "Dev")

# ---------------------------------------------------------------------- trigger moments
#: Situations per built-in category key (journal.toml).
SITUATIONS: dict[str, tuple[str, ...]] = {
    "slow-reply": (
        "Sent {partner} a message at lunch and still no reply by the evening.",
        "{partner} read my message and didn't answer for three hours.",
        "Asked {partner} about the weekend plans; the reply was one word.",
        "My message to {friend} about dinner sat unanswered all day.",
        "{partner} said they'd call after work and the phone stayed quiet.",
        "Saw {partner} online but my question about tonight went unanswered.",
        "Texted {sister} good luck for her interview and heard nothing back.",
        "{partner}'s reply came late and felt short, with no question back.",
        "Waited for {partner} to confirm the train time; the message came an hour later.",
        "Sent a long voice note to {friend} and got a thumbs-up an evening later.",
    ),
    "separation": (
        "{partner} left for a work trip this morning, four nights away.",
        "Dropped {partner} at the station; the flat felt very quiet afterwards.",
        "{partner} is going out with colleagues tonight and I'm home alone.",
        "Talked about {partner} possibly taking a job in another city.",
        "{partner} stayed over at a friend's place after the party.",
        "Our evening call was cut short because {partner} was tired.",
        "First night apart in weeks; {partner} is visiting family.",
        "{friend} mentioned moving away next spring.",
        "Said goodbye to {partner} at the door and noticed the familiar drop.",
    ),
    "conflict": (
        "Disagreed with {partner} about money for the holiday.",
        "{partner} raised the dishes again and my voice got sharp.",
        "We argued about how often we see {partner}'s parents.",
        "A small joke at dinner turned into a tense silence.",
        "{partner} wanted to talk about last weekend; I wanted to drop it.",
        "Disagreement with {colleague} in the team meeting about the deadline.",
        "{sister} and I went back and forth about who calls Mum.",
        "{partner} said I wasn't listening, and part of me knew it was true.",
        "Planning the weekend turned into an argument about whose turn it is.",
        "{partner} asked why I went quiet; I said nothing was wrong.",
    ),
    "closeness": (
        "{partner} wanted to spend the whole Sunday together, just the two of us.",
        "{partner} said 'I love you' on the phone and I changed the subject.",
        "A long hug in the kitchen; I noticed the urge to pull away first.",
        "{partner} asked what I'm most afraid of in us.",
        "{partner} suggested we move in together next year.",
        "{friend} told me something very personal over coffee.",
        "Lying close on the sofa; it felt good and then oddly too much.",
        "{partner} wanted to talk about feelings after the film.",
        "{partner} left a sweet note in my bag this morning.",
    ),
    "criticism": (
        "{partner} said I'd forgotten to book the table again.",
        "{colleague} gave feedback on my report in front of the team.",
        "{partner} sighed when I was late and didn't say anything.",
        "Mum commented on how rarely I visit.",
        "{partner} said I seemed distant lately.",
        "{sister} said I always make things about myself.",
        "A review at work pointed out that I don't ask for help enough.",
        "{partner} pointed out I was on my phone during dinner.",
    ),
    "ignored": (
        "{partner} was on their laptop all evening and barely looked up.",
        "At the party {partner} talked to others most of the night.",
        "Told {partner} about my day and they answered with 'mm'.",
        "My idea in the meeting was skipped over; {colleague} repeated it later.",
        "{friend} made plans with the others and forgot to include me.",
        "{partner} forgot that today was the day of my appointment.",
        "Dinner with {partner}'s friends; nobody asked me anything.",
        "{partner} came home and went straight to bed without saying much.",
    ),
    "other": (
        "Saw an old photo of my parents and felt the old ache.",
        "Couldn't sleep; the flat was quiet and my mind went to {partner}.",
        "A friend's wedding invitation arrived; mixed feelings all evening.",
        "Watched a film about a family falling apart.",
        "A busy day at work left me raw by the evening.",
        "Passed the street where I grew up.",
        "Scrolling photos of couples on holiday before bed.",
        "Woke up from a dream about being left behind at a station.",
    ),
}

#: How often each category comes up, before the person's own leaning shifts it.
CATEGORY_WEIGHTS = {"slow-reply": 5, "separation": 3, "conflict": 4, "closeness": 3,
                    "criticism": 2, "ignored": 3, "other": 2}

#: Automatic thoughts per urge (reach-out, withdraw, freeze, other).
THOUGHTS: dict[str, tuple[str, ...]] = {
    "reach-out": (
        "They're losing interest in me.",
        "I must have said something wrong.",
        "If I don't hear back soon, something is wrong between us.",
        "Everyone leaves eventually.",
        "I need to fix this right now.",
        "Maybe I'm too much for them.",
        "They'd answer if they really cared.",
        "I can't settle until I know we're okay.",
        "They have more fun without me.",
        "I'll send one more message, just to check.",
    ),
    "withdraw": (
        "I don't need anyone to be okay.",
        "This is getting too close; I need space.",
        "If I show this, they'll use it against me.",
        "It's easier to handle it myself.",
        "Talking about it will only make it worse.",
        "They want more than I can give.",
        "I'm fine. I'm always fine.",
        "I just want to be left alone for a bit.",
        "Feelings are messy; better to keep busy.",
    ),
    "freeze": (
        "I don't know what to say, so I say nothing.",
        "My mind has gone blank.",
        "Whatever I do will be wrong.",
        "I want to run and to stay at the same time.",
        "I can't think straight right now.",
        "Part of me wants them close and part of me wants to disappear.",
    ),
    "other": (
        "This old feeling again.",
        "Why does this still get to me?",
        "Maybe I'm reading too much into it.",
        "I notice I'm telling myself a story about it.",
    ),
}

#: Gentler second thoughts per urge; they appear more often as the path goes on.
BALANCED_THOUGHTS: dict[str, tuple[str, ...]] = {
    "reach-out": (
        "Then a second thought: they're probably just busy.",
        "I reminded myself that one slow reply is not the whole relationship.",
        "Checked the evidence: they've been warm all week.",
        "It's okay to want closeness and to wait a little.",
    ),
    "withdraw": (
        "Needing space is allowed; so is saying so kindly.",
        "A quieter voice said: leaving the room is the old way, not the only way.",
        "Closeness is not a trap; I can take it a minute at a time.",
    ),
    "freeze": (
        "I noticed the blankness and stayed with my breath until it thawed a little.",
        "Going blank is my body protecting me; it passes.",
    ),
    "other": (
        "A quieter voice said: this is the old alarm, not today's facts.",
        "I noticed the story and didn't have to believe all of it.",
    ),
}

#: Sensations (journal.toml keys) that tend to come with each urge, and where.
SENSATIONS_BY_URGE: dict[str, tuple[str, ...]] = {
    "reach-out": ("racing heart", "tight", "shallow breath", "buzzy", "knotted", "hot",
                  "trembling"),
    "withdraw": ("heavy", "numb", "clenched", "cold", "pressure", "hollow"),
    "freeze": ("numb", "cold", "shallow breath", "heavy", "tingly", "hollow"),
    "other": ("achy", "tight", "heavy", "tingly"),
}
REGIONS_BY_URGE: dict[str, tuple[str, ...]] = {
    "reach-out": ("chest", "stomach", "throat", "arms and hands"),
    "withdraw": ("chest", "head", "stomach", "legs"),
    "freeze": ("whole body", "chest", "legs", "throat"),
    "other": ("chest", "head", "stomach"),
}
EMOTIONS_BY_URGE: dict[str, tuple[str, ...]] = {
    "reach-out": ("anxious", "afraid", "hurt", "lonely", "jealous", "restless", "sad"),
    "withdraw": ("irritated", "overwhelmed", "numb", "angry", "ashamed", "restless"),
    "freeze": ("afraid", "overwhelmed", "numb", "ashamed"),
    "other": ("sad", "lonely", "anxious"),
}
EASING_EMOTIONS = ("calm", "relieved")

#: Free text about the body: where it was felt and how it moved.
BODY = (
    "A tight band across my chest that loosened when I breathed out slowly.",
    "Stomach in a knot, hands restless, kept picking up the phone.",
    "Heart racing, face hot, breath high in the chest.",
    "Jaw clenched, shoulders up near my ears.",
    "Heavy and far away, as if behind glass.",
    "Throat tight, like words were stuck there.",
    "Cold hands, legs wanting to move, couldn't sit still.",
    "A hollow feeling under the ribs.",
    "Buzzing in the arms; it faded after a few minutes of walking.",
    "Everything went a bit numb and quiet.",
    "Pressure behind the eyes, a tired ache.",
    "Shallow breath; it slowed once I felt my feet on the floor.",
)

#: What the person did, per urge, from less to more settled.
WHAT_I_DID: dict[str, tuple[str, ...]] = {
    "reach-out": (
        "Sent two more messages and checked the phone every few minutes.",
        "Called {partner} and hung up before it rang.",
        "Wrote a long message, deleted it, sent a short one.",
        "Asked {friend} whether it meant something.",
        "Set a five-minute timer before replying; sent one calm message.",
        "Put the phone in the other room and made tea.",
        "Did the breathing pacer, then wrote down what I needed.",
        "Told {partner} plainly that I'd like a text when they're running late.",
    ),
    "withdraw": (
        "Went for a long run and didn't answer for the evening.",
        "Said I was tired and went to bed early.",
        "Changed the subject and started cleaning.",
        "Put headphones on and worked late.",
        "Stayed in the conversation one more minute before taking a break.",
        "Said 'I need twenty minutes, then I'll come back', and did.",
        "Told {partner} one feeling, in one sentence.",
        "Let {partner} help with the shopping instead of doing it alone.",
    ),
    "freeze": (
        "Sat on the edge of the bed for a long time.",
        "Scrolled my phone without reading anything.",
        "Said nothing and let the moment pass.",
        "Named five things I could see, then felt my feet.",
        "Told {partner} I'd gone blank and needed a moment.",
        "Did a short body scan and the fog lifted a little.",
    ),
    "other": (
        "Wrote about it in the narrative for a few minutes.",
        "Went for a walk around the block.",
        "Had a shower and went to sleep early.",
        "Called {sister} about something else entirely.",
    ),
}

TAGS = ("evening", "work", "weekend", "phone", "family", "home", "tired", "night", "travel",
        "friends", "morning")

# ---------------------------------------------------------------------- experiments
#: Per idea key (journal.toml): plans, predictions, outcomes and feelings afterwards.
EXPERIMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "soothe-before-contact": {
        "plan": ("When I want to text {partner} to check in, wait five minutes first and "
                 "breathe out slowly.",
                 "Use the pause timer before sending any 'are we okay?' message."),
        "prediction": ("If I wait, I'll get more and more anxious and it will be unbearable.",
                       "Waiting five minutes will make {partner} think I don't care."),
        "outcome": ("The urge peaked around minute two and then eased. I sent one message, "
                    "shorter and warmer than I'd planned.",
                    "By the end of the five minutes I didn't need to send anything. {partner} "
                    "texted on their own an hour later."),
    },
    "one-message-then-wait": {
        "plan": ("Send {partner} one message about the weekend, then put the phone away for "
                 "an hour.",),
        "prediction": ("No reply within the hour means they're annoyed with me.",
                       "I won't be able to do anything else while I wait."),
        "outcome": ("Reply came after forty minutes; they'd been in a meeting. I cooked in "
                    "the meantime and it helped.",
                    "No reply for the full hour, and nothing bad happened. The reply was "
                    "friendly."),
    },
    "ask-plainly": {
        "plan": ("Ask {partner} in one sentence to let me know when they get home safely.",
                 "Tell {partner} I'd like one evening a week that's just ours."),
        "prediction": ("They'll think I'm needy and controlling.",
                       "They'll say yes but resent it."),
        "outcome": ("{partner} said 'of course' and did it that evening without any fuss.",
                    "They said they'd wanted that too. It was much easier than hinting."),
    },
    "reassure-yourself": {
        "plan": ("Before asking {partner} for reassurance, write three true things about us "
                 "today.",),
        "prediction": ("Writing it down won't help; I need to hear it from them.",),
        "outcome": ("Writing 'they made me breakfast', 'they asked about my mum', 'we "
                    "laughed on the walk' calmed me more than I expected.",),
    },
    "ordinary-reasons": {
        "plan": ("When a reply is slow, list three ordinary reasons before deciding what it "
                 "means.",),
        "prediction": ("The slow reply means they're pulling away.",),
        "outcome": ("It was the second reason on my list: their phone had died on the train.",
                    "None of my fears came true; they'd fallen asleep early."),
    },
    "stay-one-more-minute": {
        "plan": ("When the conversation about chores gets hard, stay one more minute instead "
                 "of leaving the room.",
                 "Use the 'stay one more minute' timer in the next disagreement."),
        "prediction": ("If I stay, it will explode and I'll say something I regret.",
                       "Staying will make it worse."),
        "outcome": ("The minute was uncomfortable but nothing exploded. {partner} softened "
                    "when I said this was hard for me.",
                    "I stayed. My chest was tight, then it eased. We found a small compromise."),
    },
    "name-one-feeling": {
        "plan": ("Tell {partner} one feeling from today in a single sentence.",),
        "prediction": ("They'll make a big deal of it and want to talk for hours.",
                       "They'll think I'm being dramatic."),
        "outcome": ("I said 'I felt lonely this afternoon.' {partner} just held my hand. It "
                    "was enough.",
                    "They thanked me for telling them. No long talk needed."),
    },
    "accept-small-help": {
        "plan": ("Let {partner} carry the boxes instead of insisting I'm fine.",
                 "Ask {colleague} to review my slides before the meeting."),
        "prediction": ("If I accept help, I'll owe them and feel weak.",),
        "outcome": ("It was faster and {partner} seemed glad to help. I didn't feel weak, "
                    "just a bit awkward.",
                    "{colleague} caught two mistakes and said to ask any time."),
    },
    "reach-first": {
        "plan": ("Send {partner} the first message of the day, something small and warm.",),
        "prediction": ("If I reach out first, I'll look like I need them too much.",),
        "outcome": ("{partner} replied with a heart and a photo of their coffee. Nice start "
                    "to the day.",),
    },
    "three-breaths-closer": {
        "plan": ("When {partner} hugs me, stay for three slow breaths before letting go.",),
        "prediction": ("Staying close longer will feel suffocating.",),
        "outcome": ("The first breath was stiff, the third almost relaxed. It felt closer "
                    "than usual.",),
    },
    "name-the-alarm": {
        "plan": ("When the old alarm goes off, say to myself: 'this is the old alarm', and "
                 "notice where I feel it.",),
        "prediction": ("Naming it won't change anything.",),
        "outcome": ("Naming it gave me a little distance. The alarm was still there but "
                    "quieter.",),
    },
    "small-repair": {
        "plan": ("After the tense dinner, go back and say 'I'm sorry I snapped'.",),
        "prediction": ("They'll still be angry and it will start the argument again.",),
        "outcome": ("{partner} said 'thanks, me too'. The evening felt lighter after that.",),
    },
}

FEELINGS_AFTER = (
    "Relieved, and a little proud.",
    "Shaky at first, then calmer than I expected.",
    "Tired but lighter.",
    "Surprised that the feared thing didn't happen.",
    "Still a bit anxious, but less than before.",
    "Warm. Closer to {partner}.",
    "Awkward, and also okay.",
    "Calm. I want to try it again.",
)
SKIPPED_NOTES = (
    "Didn't get to it today; too tired. That's okay, I'll try again.",
    "The moment didn't come up this time.",
)

# ---------------------------------------------------------------------- narrative
#: Paragraphs per narrative prompt heading, in the order the story grows.
NARRATIVE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("How my pattern formed", (
        "Growing up, love in our house felt like weather: warm one day, gone the next. My "
        "mother was loving when she had the energy and far away when she didn't, and I "
        "learned early to watch her face for clues.",
        "My father worked away a lot. His leaving was never explained, and his coming back "
        "was a celebration. I think that is where the drop in my stomach at goodbyes "
        "comes from.",
        "I became the easy child: helpful, cheerful, no trouble. Being no trouble felt like "
        "the safest way to stay close.",
    )),
    ("The key experiences", (
        "The summer I was nine, I waited at the school gate for an hour because everyone "
        "had forgotten me. Nobody was cruel about it, but I still remember the empty "
        "playground.",
        "My first serious relationship ended by text. For years afterwards a silent phone "
        "felt like a verdict.",
        "When {sister} was ill, the whole family turned toward her, rightly. I remember "
        "deciding that my own needs could wait, and I kept deciding that for a long time.",
    )),
    ("What the pattern protected", (
        "Watching closely for signs of distance kept me from being surprised by loss. It "
        "was exhausting, but it made sense for a child who couldn't predict the weather.",
        "Pulling back when things got too close protected me from needing someone who "
        "might not be there. It was a clever solution to an old problem.",
    )),
    ("How it shows up today", (
        "With {partner}, it shows up as checking the phone, replaying conversations, and "
        "sometimes going cold when I'm actually scared.",
        "I notice it most in the evenings, when I'm tired and the flat is quiet. The body "
        "knows first: a tight chest, restless hands.",
        "At work it shows up as not asking for help, and then feeling alone with too much.",
    )),
    ("Moments that went differently", (
        "Last month I told {partner} that a slow reply had worried me, instead of sending "
        "five messages. They listened, and we laughed about their dead phone battery.",
        "In the argument about the holiday money I stayed in the room one minute longer "
        "than I wanted to. We didn't solve everything, but nobody left.",
        "When {friend} moved away I let myself be sad out loud, and {friend} said the "
        "missing went both ways. It hurt less to share it.",
    )),
    ("A letter to my younger self", (
        "Dear little one at the school gate: you were not forgotten because you didn't "
        "matter. The grown-ups were overwhelmed. You did nothing wrong by needing them.",
        "You don't have to be easy to be loved. You are allowed to take up space, to ask, "
        "to be sad. I am learning that now, slowly, for both of us.",
    )),
    ("What I want my story to become", (
        "I want to be someone who can feel the old alarm and still choose what to do next. "
        "Not fearless, just steadier.",
        "I want to ask for what I need in plain words, and to trust that a quiet phone is "
        "usually just a quiet phone.",
        "I want {partner} to know the real me, including the parts that get scared.",
    )),
)

#: One-line notes saved with some narrative versions.
NARRATIVE_NOTES = ("", "", "", "added a paragraph", "rewrote the beginning",
                   "after a hard week", "reading it back, softened the ending",
                   "a calmer day", "")

#: Short sentences woven into a revision so every version differs a little.
NARRATIVE_REVISIONS = (
    "Reading this back, I feel more tenderness than shame.",
    "I can see the pattern more clearly now than when I began.",
    "Some days this still feels raw, and that is okay.",
    "I notice I am kinder to myself when I write it down.",
    "This part of the story is still changing.",
)

# ---------------------------------------------------------------------- practice
STAY_FELT = (
    "Uncomfortable for the first twenty seconds, then bearable.",
    "My chest was tight but I stayed. Glad I did.",
    "Hard. I wanted to leave the whole minute, and I didn't.",
    "Easier than last time.",
)
PRACTICE_NOTES = (
    "", "", "", "Mind wandered a lot; came back each time.",
    "Felt my feet properly for the first time today.",
    "Fell half asleep at the end.", "Shoulders softened around the middle.",
    "Skipped the stomach today; that was fine.",
)
