<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>Finish or leave the conversation in progress first: its notes are being saved as you type.</source>
        <extracomment>Taken before the first look, so no other Belonging changes the data meanwhile, and handed to the full opening. Whether the first look found a conversation left unfinished. Leads damage met while the app runs to the recovery (made once the app is open). The first look&apos;s window was closed before the data folder finished opening.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivedPairsDialog</name>
    <message>
        <source>Archived pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs you archived: off Home and set-up, with everything kept. Bring one back, or open it to read its conversations or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last talked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} are back on Home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotQuestion</name>
    <message>
        <source>Yes, I&apos;m ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody will learn what you chose: only whether you both said yes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryForwardView</name>
    <message>
        <source>From last time</source>
        <extracomment>`object`, not `dict`: Qt would turn a dict into a map with text keys only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation carries into the next one. Take up what feels right today, keep the rest for later, or let it go: no reason needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time you parked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the ones that are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked recently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring up: {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Just for you, before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of you, in turn and in private: how close you feel, and how deep you would like to go today. Your answers are not shown to the other, and you can skip this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;egin the conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Closeness</name>
    <message>
        <source>apart</source>
        <extracomment>Space between the question and the pictures.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just touching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {count}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosenessChart</name>
    <message>
        <source>{name}: no check-ins yet.</source>
        <extracomment>Person index -&gt; (palette role of the line, pen style). Conversations drawn at most: the most recent ones. Years of weekly check-ins on one axis are a smear no one can read; the last half year or so shows where the two of you are now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value} ({words}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: from {first} to {last}, {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness from 1 (apart) to 7 (almost one), over the last {count} of the {total} conversations with a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness from 1 (apart) to 7 (almost one), over {count} conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last {count} of {total} conversations with a check-in, oldest first · 1 apart, 7 almost one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations, oldest first · 1 apart, 7 almost one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosenessCircles</name>
    <message>
        <source>Seven pictures of two circles, from apart to almost one; keys 1 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingQuestion</name>
    <message>
        <source>How close do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep how close I felt today (before and after) on our page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, nothing of your check-ins is kept, charted or exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>What is one thing you appreciated about the other person in this conversation?</source>
        <extracomment>The engine&apos;s default closing prompt, marked for translation under the same words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are close to the time you planned. Whenever it feels right, you can wrap up.</source>
        <extracomment>Which engine action each command of the page stands for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have had the time planned for this level. Move on when you are ready; there is no hurry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have both been comfortable at this depth before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is deeper than you have gone together before. Take your time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Skipped: “{prompt}”</source>
        <extracomment>The most of a prompt&apos;s words an Undo bar quotes. The offer to undo a park or a skip now showing (matched so a stale one does nothing). The &quot;Wrap up now?&quot; question while it is open (for tests to answer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked for another time: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap up now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap up now? You can still come back to the prompts from the wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep talking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHistoryView</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks first; for a few seconds afterwards it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talked {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the prompts with &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;all prompts (%n without notes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The closing question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {depth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the whole conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt was shown in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}, the lighter version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStory</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talked {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation yet. The first one starts a history you can come back to.</source>
        <extracomment>A quiet button&apos;s text starts this far inside it (its padding and border, common.qss).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlie&amp;r conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this conversation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No shared notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>{first} answers first — leaders go first on the deep ones. Then {second}.</source>
        <extracomment>The buttons under the prompt, left to right: stopping on the left, moving on to the right.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} answers first, then {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {depth} of {count} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{elapsed} of about {planned} min at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{elapsed} min at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From last time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: the prompt alone, notes folded away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode off: the notes are back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeeperView</name>
    <message>
        <source>Ready to go deeper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay at this depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More at this depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts of this depth from other scripts of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have talked through this depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new left at this depth in this script. You can go on at this depth with prompts from other scripts, go deeper if you both want to, or wrap up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new left at this depth. You can go deeper, if you both want to, or wrap up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to go deeper again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of you says privately whether you are ready. Only if you both are do you go on; otherwise you stay here, and nobody learns who was not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next level asks a little more of you both. Each of you says privately whether you are ready; staying here is a good choice too, and so is wrapping up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have gone as deep as you chose to go today. Stay here, or wrap up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have gone as deep as you chose to go today, and talked this depth through. Go on at this depth with prompts from other scripts, or wrap up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have gone as deep as you chose to go today, and talked it through. Wrap up whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you ready to go on to level {depth} of {count}: {title}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are both ready. Let&apos;s go deeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today — staying here. That is a fine choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today. More at this depth, or wrap up: both are fine choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today. Wrap up whenever you are ready; that is a fine choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: level {depth} of {count} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>{owner} and {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {audience}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Belonging. What you wrote is saved as you type, so nothing should be lost. If the window does not behave as it should, close it and open Belonging again: it will offer to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export this pair&apos;s conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared notes, follow-ups and check-ins go out. Private and confidential notes stay on this computer unless you ask for them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file with this name; exporting will replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at {path}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Taken up from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: share the article we mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner}, by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up added: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up removed: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundRulesView</name>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of you, when you are ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either of you can pause, at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Too much?” needs no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is private stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five promises you make to each other. Read them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause ({keys}, or the Pause button under the question) hides everything on the screen until you both come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either of you can say it ({keys}, or the button beside Pause). The question leaves the screen at once, and you step back to something lighter, together; nobody learns who said it. You go deeper again only when you both say so, each in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a video call, just say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say “pause” or “too much” and I&apos;ll press it: no reason, no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said here stays between you. Private notes are hidden unless the one who wrote them shows them on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is kept is read back at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything is saved you both see it, and either of you can strike a line or mark it confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {name}, whenever they are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue opens once you have both agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeavyMomentCard</name>
    <message>
        <source>&amp;Edit where to find support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find support here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s own support (an employee assistance programme, an HR contact) is not written here yet. Whoever looks after this app can add it with &quot;Edit where to find support&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Level {depth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {depth} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation of {date} ({script}) will be deleted, with every note in it, shared and private, its follow-ups and check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the conversation of {date} ({script}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be undone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeController</name>
    <message>
        <source>Last talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{script} with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped at level {depth} of {count}, on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its script is no longer in the library, so it cannot go on; you can close it and keep every note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its script has changed so much that it cannot go on; you can close it and keep every note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its script has changed since; the prompts you had are still there, so you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it, keeping every note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Belonging</source>
        <extracomment>From how many pairs on Home offers a way to find one and to order them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations that go deeper gradually, together, and safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people you talk with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner}&apos;s one-on-ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet. Start a conversation and add the two of you: names and roles are all it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here is called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scripts found in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some scripts could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} (with {owner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history, follow-ups and settings of your one-on-ones with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last talked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{last} ({script})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation with the script {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import a question list</source>
        <extracomment>What the file chooser offers first: the kinds of file a question list comes in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {file} · Levels: {levels} · Prompts: {prompts} · Topics: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heading names a depth (such as surface, deep or level 1), so every prompt is in one level and the headings became topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts asked by the leader only (one person asks, the other answers): {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}, larger than the {limit} a script can be. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not plain text Belonging can read (line {line}). Save it as UTF-8 text, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in {name} reads as a prompt: no line of a list asks a question or invites a story. A question list is a list, one question a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script with this name was added meanwhile. Import the list again to keep it beside that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging made a script from this list that it cannot read back, which is a fault of Belonging&apos;s. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be done just now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a question list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging could not tell which level is lighter from the page. Put them in order, lightest first: choose a level and move it up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels and prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels and prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings that name a depth (surface, deep, level 2) became levels; the others became topics, so a pair&apos;s off-limits topics keep their questions away. Tick the headings to use as levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings to use as levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is offered when you set up a conversation, and listed under File ▸ Scripts, where you can rename or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a conversation with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked by the leader only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {heading} — {kind} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no headings over its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left &amp;out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on the page that is not a question, and why it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left out: every line of the page is in the script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>a heading with nothing to ask under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label over the questions under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note under a question (a hint or a to-do), not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second lighter alternative; a prompt has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &apos;Asked by&apos;; a prompt has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &apos;Asked by&apos; that names neither leader nor partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second title; the one at the top is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty line of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details at the top other than the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every question here repeats an earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numbered step, not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instruction, not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prose, not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement, not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table of contents, not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess: it names a depth, but the headings beside it do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess: the headings beside it name depths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only heading over the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level of a Belonging script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paragraph, not a list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hidden comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation, not a list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table, not a list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under line {0}, which was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly not questions: only {0} of {1} lines here ask something</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join on your own screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the address below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type this address into its browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s own screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn off {name}&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not joining? The phone or laptop must be on the same Wi-Fi as this computer: not on mobile data, and not across a video call. A firewall on this computer may block it: allow Belonging on private networks. Until then, carry on together at this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their own phone or laptop, {name} holds Pause, “Too much?”, their secret yes to going deeper, their private check-ins and their own notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code with its camera, on the same Wi-Fi as this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptWords</name>
    <message>
        <source>Your private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the whole conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptWordsDialog</name>
    <message>
        <source>Your words from this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file was damaged, so these words may not be in the file Belonging uses now. Here they are, as they were on screen: copy them before you close this, and paste them into a new conversation&apos;s notes, or anywhere you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private note is hidden while the screen is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show my private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Pixels a cell&apos;s words are painted narrower than their column on each side: the theme&apos;s item padding (8 px, resources/themes/common.qss) and the focus frame&apos;s margin.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys work even while you are typing in a note. Every button can also be reached with Tab, and pressed with Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>English</source>
        <extracomment>Each language named in its own words, as a person looking for theirs reads it. Each language named in a sentence of the language in use (&quot;in Spanish&quot;, &quot;en español&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging will be in {language} the next time you open it. To switch now, quit and open it again: nothing you have written is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadershipCard</name>
    <message>
        <source>What kind of one-on-one?</source>
        <extracomment>The kinds of one-on-one, as storage names them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager and a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor and a mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a manager and a report, the manager answers first on the deeper levels: the one with more power takes the first risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually the manager or mentor: going first shows the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader answers first &amp;every time (otherwise you take turns)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is hidden. Enter the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is hidden until you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Belonging</source>
        <extracomment>Where each page&apos;s view is. A page is built the first time it is wanted, so the window opens on Home without loading or building the ten others first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something &amp;heavy comes up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a question list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archived pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging {version}

Guided one-on-one conversations that go deeper gradually, mutually and safely. Everything you write stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownNoteEditor</name>
    <message>
        <source>Reading view</source>
        <extracomment>Turns Markdown into the HTML the preview shows. The default is Qt&apos;s own reader with raw HTML switched off; a controller may pass the app&apos;s sanitising renderer instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading view of {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the note formatted, as it reads; press again to edit it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging could not read that conversation just now ({reason}). Nothing is lost: press Continue again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextConversationCard</name>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;n the next one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to cal&amp;endar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextConversationDialog</name>
    <message>
        <source>Next conversation</source>
        <extracomment>Day, date and time, never ambiguous: &quot;Thu 14 Mar 2025 10:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When do you talk next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextConversationPlanner</name>
    <message>
        <source>One-on-one with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file saved: {path}. Open it to add it to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Shared: this pro&amp;mpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to keep from this prompt. You both see it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: the &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything about the conversation as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ivate: only you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this. It is hidden whenever the screen is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private note is hidden while the screen is shared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningQuestion</name>
    <message>
        <source>How close do you feel to the other right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How deep would you like to go today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to level {depth}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will only go as deep as the lower of your two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are set to start at level {depth}, deeper than you have been together before. Is that all right with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, start there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet — start where we were comfortable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairController</name>
    <message>
        <source>Deleted: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {names}: off Home, everything kept (File ▸ Archived pairs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} are back on Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will be deleted from Belonging, with every conversation you had ({count}), every note in them, shared and private, the follow-ups, the talking points and the check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be undone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}, with every conversation you had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairSettingsPanel</name>
    <message>
        <source>Settings for this pair</source>
        <extracomment>The depth choice&apos;s first entry, &quot;Not known yet&quot;. Topics are short words: four to a row reads as a list without a long scroll.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comfortable depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics never to offer you two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the scripts names topics yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {depth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging learns this from your conversations: the deepest level you reached without “too much?”. Either of you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent conversations suggest level {depth}. Each conversation starts here and goes no deeper unless you both say so; either of you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you need a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked for a better moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close you have felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on {date}: not on Home, everything kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing parked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it to open them. A forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I never set a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastNote</name>
    <message>
        <source>edited {date} at {time}</source>
        <extracomment>How much of a note names its Edit button for a screen reader. The height of that box, in lines of text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is long: its beginning is shown, the rest when asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseOverlay</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is hidden until you resume. Take the time you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for {hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonAnswers</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Never</source>
        <extracomment>The choices offered, in minutes; 0 is &quot;never&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <extracomment>Shorter than this is refused: a passphrase guards people&apos;s most personal words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters; a short sentence is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, or it is easy to mistype later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>Done. Your notes and their backups are encrypted with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Your notes are no longer protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These damaged copies could not be encrypted and are still readable; delete them if you do not need them: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you choose a passphrase: a forgotten passphrase cannot be recovered, not by you, not by Belonging, not by anyone. If you forget it, your notes and every backup of them are lost for good. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the passphrase decrypts the notes and their backups: anyone who can open your files could then read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window when unused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks it at once. Locking hides everything on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes and their backups are encrypted with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are not protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your notes and backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting: {done} of {total} files done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateNotesSwitch</name>
    <message>
        <source>Show your private notes?</source>
        <extracomment>How long private notes stay shown before they hide themselves again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private notes will show on this screen, where the other person may see them. They hide again by themselves in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes showing. They hide again by themselves in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateRound</name>
    <message>
        <source>&amp;Done — keep it private</source>
        <extracomment>Makes the question for one person (the round shows it in their turn). Whose question is on screen here (None: a hand-over, the wait, or the thanks).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you both. Your answers are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {names} to answer on their own screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{others}, please look away for a moment: {name}&apos;s answer is for {name} alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m {name} — show my &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you, {name}, can see this. It is hidden as soon as you are done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Something lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More at this depth, from “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PutAwayCard</name>
    <message>
        <source>Archive or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving takes the pair off Home and set-up and keeps everything; File ▸ Archived pairs brings it back. Deleting removes the person and every conversation with them, for good (you can undo it for a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch&amp;ive this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring bac&amp;k to Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadBackList</name>
    <message>
        <source>No shared notes to read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentParkedCard</name>
    <message>
        <source>Par&amp;ked recently, with any script</source>
        <extracomment>Rows shown before the list scrolls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to use its script; you can take it up on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file of your notes is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {reason} — kept on screen, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptReader</name>
    <message>
        <source>Level {depth}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(about {minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by the leader; the other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by the partner; the leader answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up idea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptsController</name>
    <message>
        <source>Rename a script</source>
        <extracomment>How long Undo stays offered after a removal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;title for “{title}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script needs a title; it was not renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}”? Its file is deleted from your scripts folder. Past conversations with it keep everything that was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own scripts can be renamed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file now has this script&apos;s name in your scripts folder, so it was not put back: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script file could not be changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be done just now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptsView</name>
    <message>
        <source>Conversation scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scripts that come with Belonging, and your own. Your own are Markdown files in a folder of their own: import a question list, or put a script file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open your scripts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a question list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scripts folder: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was removed. Undo is the next button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts that come with Belonging cannot be renamed or removed; your own can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>{partner} (with {owner})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <extracomment>Milliseconds of quiet after the last key before a search is asked for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;notes and prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from any note or prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are left out while the screen is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} in {conversations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The search did not work just now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word or two; results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation at: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>New to the two of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done %n time(s), last on {date}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last time you were both comfortable at level {depth}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging could not save this just now ({reason}). Nothing you chose is lost: press Continue again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Set up your conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is talking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;pair you have talked with before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two &amp;new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which &amp;script?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{depth}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <extracomment>The translation context of the table&apos;s strings (pyside6-lupdate reads the literal).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ground rules to the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>The whole table, in the order the Help page lists it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the prompt before, its notes as you left them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, or resume after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Too much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much? Step back to something lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par&amp;k it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park this prompt for another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap up the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to go &amp;deeper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say you are both ready to go deeper: each of you answers privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ore to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide more questions to ask about this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, for a shared screen or a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my &amp;private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your private notes for a few minutes, or hide them again (they are hidden whenever a conversation starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;esentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a conversation, the prompt alone in large type for a shared screen, notes folded away; again to bring them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a deletion, an archive, a park or a skip while its bar shows (in a note it undoes typing; Alt and the underlined letter works there too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join on your own screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner holds Pause, Too much?, their secret yes and their own notes on their own phone or laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something heav&amp;y comes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm card for the listener when something heavy comes up: what helps, what not to say, where to find support (the conversation goes on as it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search notes and prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every note and prompt (not during a conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock: hide everything on screen until unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Belonging (nothing written is lost)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Belonging is already open with this data folder ({folder}). Switch to the window that is open, or close it and try again. Two copies writing the same notes could overwrite each other, so this one has not opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging could not open its data folder, {folder}. Nothing has been changed or deleted. ({gist})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file where Belonging keeps your notes, {path}, is not a database Belonging can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file where Belonging keeps your notes, {path}, is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file where Belonging keeps your notes, {path}, is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been deleted: the file will be kept exactly as it is, under the name {name} in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is {path}. You can restore it, or start again with no notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore; you can start again with no notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words of the conversation on screen are kept: whatever you choose, they are shown next, for you to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are back as they were in the backup of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging has started with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept, untouched, as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging stopped unexpectedly last time, and its record of the last changes was damaged, so the last words typed before it stopped may be missing. That record is kept, untouched, as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted last time, just before it ended. Belonging has finished it: your notes and every backup open with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted last time, before it could finish, so Belonging has undone it: your notes and every backup still open with the passphrase you had before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting a passphrase was interrupted last time, just before it ended. Belonging has finished it: your notes and every backup are protected by the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting a passphrase was interrupted last time, before it could finish, so Belonging has undone it: your notes are not protected by a passphrase. You can set one again in File ▸ Privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the passphrase was interrupted last time, just before it ended. Belonging has finished it: your notes and backups are no longer protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the passphrase was interrupted last time, before it could finish, so Belonging has undone it: your notes and every backup are still protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you wrote is not saved yet: {reason}. It is still here in the window. If you stay, Belonging keeps trying to save it; if you quit now, it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupUnlock</name>
    <message>
        <source>That passphrase does not open the notes. Check it (and Caps Lock, and the keyboard layout) and try again.</source>
        <extracomment>Opens the data folder: `open_job(passphrase, never_set)`; what it returns goes to `on_opened`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBackPanel</name>
    <message>
        <source>Thank you for saying so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s step back to something lighter. Take a breath; go on when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You went as deep as level {depth} of {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked for {talking}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked for {talking}, paused for {paused}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>When something heavy comes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging could not open the card just now ({reason}). Listening is the help: thank them, and ask what would help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportSettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Enough for a few contacts and a sentence each; a card is read in a minute.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the end of the card &quot;When something heavy comes up&quot;, for whoever is listening. Write what your organisation offers and how to reach it: an employee assistance programme, an HR contact, a wellbeing team. A list with - at the start of each line works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Employee assistance programme: phone number, hours
- HR: name, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {limit} characters: shorten it a little.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkingPointsCard</name>
    <message>
        <source>To bring up next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the conference in May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet. Either of you can add a topic here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>belonging</source>
        <extracomment>Every tag the built-in scripts use (a test keeps the list complete).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>childhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>To undo, press {keys}.</source>
        <extracomment>Where the keyboard was before it came to the bar (Alt+U moves it to Undo), to give it back when the bar goes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpController</name>
    <message>
        <source>About the whole conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>Wrapping up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One last question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it back together. Either of you can strike a line, and it will not be kept; or mark it confidential, and it stays out of every export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words to remember this conversation by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of you, in private, if you like. Nothing of {partner}&apos;s check-ins is kept unless {partner} says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
