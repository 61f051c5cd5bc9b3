<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActionCard</name>
        <message>
            <location filename="../../src/securebase/ui/today/cards.py" line="98" />
            <source>Make “%1” today's focus</source>
            <translation>把“%1”设为今天的重点</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/cards.py" line="102" />
            <source>Suggested for this step</source>
            <translation>本步骤推荐</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/cards.py" line="114" />
            <source>Today's focus; click to clear</source>
            <translation>今天的重点；点击取消</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/cards.py" line="115" />
            <source>Star this as the one that feels safest today</source>
            <translation>把它标为今天感觉最安心的一项</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/cards.py" line="126" />
            <source>Done today</source>
            <translation>今天已完成</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/cards.py" line="128" />
            <source>Today's focus</source>
            <translation>今天的重点</translation>
        </message>
    </context>
    <context>
        <name>ActionReport</name>
        <message>
            <location filename="../../src/securebase/services/report.py" line="85" />
            <source>Attachment anxiety</source>
            <translation>依恋焦虑</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="85" />
            <source>Attachment avoidance</source>
            <translation>依恋回避</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="90" />
            <source>Where your answers lean</source>
            <translation>你的回答倾向</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="98" />
            <source>Both scores run from 1 to 7; 4.0 is the middle of the scale. The region named above means {axes}.</source>
            <translation>两项分数都在 1 到 7 之间，4.0 是量表的中点。上面所说的区域意味着{axes}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="119" />
            <source>Facets: the parts of each dimension</source>
            <translation>子维度：每个维度的组成部分</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="121" />
            <source>anxiety</source>
            <translation>焦虑</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="121" />
            <source>avoidance</source>
            <translation>回避</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="130" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="130" />
            <source>{facet} ({score})</source>
            <translation>{facet}（{score}）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="132" />
            <source>Areas that stand out (your highest facets above the middle): {facets}. These are worth extra attention on the path.</source>
            <translation>比较突出的方面（高于中点、得分最高的子维度）：{facets}。在路径中值得多加留意。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="137" />
            <source>No facet rises above the middle of the scale. The highest is {facet} ({score}): that is where stress is most likely to push you.</source>
            <translation>没有哪个子维度高于量表中点。最高的是{facet}（{score}）：压力大时，你最可能在这里被推动。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="145" />
            <source>Change since your first take</source>
            <translation>与第一次作答相比的变化</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="147" />
            <source>This is your first take, so there is nothing to compare with yet.</source>
            <translation>这是你第一次作答，所以暂时还没有可比较的结果。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="152" />
            <source>Since your first take on {date} ({days} days ago, {n} takes in all), anxiety moved by {anx} and avoidance by {avo}.</source>
            <translation>自你在 {date} 第一次作答以来（{days} 天前，共作答 {n} 次），焦虑变化了 {anx}，回避变化了 {avo}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="157" />
            <source>Both changes are within the range of ordinary wobble.</source>
            <translation>两项变化都在正常波动的范围内。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="159" />
            <source>At least one change is larger than ordinary wobble, which makes it more likely to reflect a real shift.</source>
            <translation>至少有一项变化超出了正常波动，更可能反映了真实的改变。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="169" />
            <source>What this pattern often looks like</source>
            <translation>这种模式常见的样子</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="171" />
            <source>In the body</source>
            <translation>身体感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="172" />
            <source>In conflict</source>
            <translation>在冲突中</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="173" />
            <source>What helps</source>
            <translation>什么有帮助</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="179" />
            <source>Your path, fitted to this pattern</source>
            <translation>贴合这种模式的路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="180" />
            <source>Fifty days in six steps. A missed day is not a failure: pick up where you are. Each step below says what it is for, and what it means for a pattern that leans like yours.</source>
            <translation>五十天，六个步骤。错过一天不算失败：从你现在所在的地方继续就好。下面每一步都说明了它的用处，以及对与你倾向相似的模式意味着什么。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="186" />
            <source>Step {n} · days {first}–{last} · {title}</source>
            <translation>第 {n} 步 · 第 {first}–{last} 天 · {title}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="191" />
            <source>For your pattern:</source>
            <translation>对于你的模式：</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="195" />
            <source>Corrective experiments to try:</source>
            <translation>可以尝试的矫正性实验：</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="202" />
            <source>Your first three actions</source>
            <translation>你的最初三个行动</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="203" />
            <source>Start with whichever feels safest. The path below shows where they lead.</source>
            <translation>从感觉最安心的一项开始。下面的路径会告诉你它们通往哪里。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="208" />
            <source>Your journal in numbers</source>
            <translation>用数字看你的日记</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="209" />
            <source>Included because you asked for it. Only counts and intensities are shown; no entry text is copied into this report.</source>
            <translation>应你的要求附上。这里只显示次数和强度，任何记录的文字都不会被复制到本报告中。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="212" />
            <source>No trigger moments are logged yet.</source>
            <translation>还没有记录任何触发时刻。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="214" />
            <source>{total} trigger moments logged between {first} and {last}; {recent} of them in the last 30 days. Average intensity {mean} out of 10.</source>
            <translation>从 {first} 到 {last} 共记录了 {total} 个触发时刻，其中 {recent} 个在最近 30 天内。平均强度为 {mean}（满分 10）。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="220" />
            <source>Intensity is trending lower: the later half of your moments averaged {later}, the earlier half {earlier}.</source>
            <translation>强度呈下降趋势：后一半时刻的平均值为 {later}，前一半为 {earlier}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="222" />
            <source>Intensity is trending higher: the later half of your moments averaged {later}, the earlier half {earlier}. Harder weeks happen; it may be a good time for extra support.</source>
            <translation>强度呈上升趋势：后一半时刻的平均值为 {later}，前一半为 {earlier}。难熬的几周在所难免；现在或许是寻求更多支持的好时机。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="225" />
            <source>Intensity has stayed about the same: the later half of your moments averaged {later}, the earlier half {earlier}.</source>
            <translation>强度大致保持不变：后一半时刻的平均值为 {later}，前一半为 {earlier}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="227" />
            <source>There are too few moments yet to see a trend.</source>
            <translation>记录的时刻还太少，暂时看不出趋势。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="232" />
            <source>For the {n} moments you rated again afterwards, intensity went from {before} then to {after} after.</source>
            <translation>在你事后重新评分的 {n} 个时刻里，强度从当时的 {before} 变为事后的 {after}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="237" />
            <source>reach out</source>
            <translation>主动联系</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="237" />
            <source>withdraw</source>
            <translation>退缩</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="238" />
            <source>freeze</source>
            <translation>僵住</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="238" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="239" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="239" />
            <source>{urge}: {count}</source>
            <translation>{urge}：{count}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="241" />
            <source>Urges noted: {urges}.</source>
            <translation>记下的冲动：{urges}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="244" />
            <source>Intensity (0–10)</source>
            <translation>强度（0–10）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="248" />
            <source>Dots are single moments; the line is the 7-day average.</source>
            <translation>圆点是单个时刻；折线是 7 天平均值。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="259" />
            <source>Safety: self-help, not therapy</source>
            <translation>安全提示：自助工具，不是心理治疗</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="262" />
            <source>Helplines last checked {date}.</source>
            <translation>求助热线最后核对于 {date}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="276" />
            <location filename="../../src/securebase/services/report_pdf.py" line="109" />
            <source>SecureBase action report</source>
            <translation>SecureBase 行动报告</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="278" />
            <source>Your SecureBase action report</source>
            <translation>你的 SecureBase 行动报告</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="279" />
            <source>Made on {made} from your assessment of {taken} ({instrument}). It is private: keep it somewhere safe and share it only if you choose to.</source>
            <translation>根据你在 {taken} 完成的评估（{instrument}）于 {made} 生成。这是私人文件：请妥善保存，只在你愿意时与人分享。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report.py" line="283" />
            <source>SecureBase is self-help, not therapy. Helplines are listed at the end.</source>
            <translation>SecureBase 是自助工具，不是心理治疗。求助热线列在最后。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/report_pdf.py" line="135" />
            <source>Page {n} of {count}</source>
            <translation>第 {n} 页，共 {count} 页</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../src/securebase/app.py" line="189" />
            <source>SecureBase cannot use the folder {folder}; please check that it exists and that you may write to it.</source>
            <extracomment>Modules imported on a background thread once the first dialog is painted. Imports only: no Qt object is created off the GUI thread. A dialog factory: (data_dir, parent, lock, clock) -&gt; a QDialog with ``.vault`` after accept. Emitted once with the exit code when the app should end. The warm-up thread finished importing (emitted from that thread).</extracomment>
            <translation>SecureBase 无法使用文件夹 {folder}；请确认它存在并且你有写入权限。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTab</name>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="60" />
            <source>The self-assessment will be here</source>
            <extracomment>A take was completed (Today and Trends may want to refresh).</extracomment>
            <translation>自我评估会显示在这里</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="61" />
            <source>Unlock your vault to take the inventory or see your results.</source>
            <translation>解锁保险库后即可作答量表或查看结果。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="62" />
            <source>The inventory could not be loaded</source>
            <translation>无法载入量表</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="132" />
            <source>SecureBase could not read its assessment texts ({reason}). Reinstalling SecureBase should bring them back; your saved results are safe.</source>
            <translation>SecureBase 无法读取评估文本（{reason}）。重新安装 SecureBase 应该可以恢复；你已保存的结果是安全的。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="158" />
            <source>Assessment</source>
            <translation>评估</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="197" />
            <source>The inventory could not start</source>
            <translation>量表无法开始</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="215" />
            <source>This take cannot be resumed</source>
            <translation>这次作答无法继续</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="216" />
            <source>The inventory this unfinished take belongs to is no longer installed. You can start over with the current inventory.</source>
            <translation>这次未完成作答所用的量表已不再安装。你可以用当前的量表重新开始。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="225" />
            <source>Start over?</source>
            <translation>重新开始吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="226" />
            <source>Your unfinished answers will be discarded and the inventory starts from the first sentence. Completed results are always kept.</source>
            <translation>未完成的回答将被丢弃，量表会从第一题重新开始。已完成的结果始终保留。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="232" />
            <source>The unfinished take could not be discarded</source>
            <translation>无法丢弃未完成的作答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="240" />
            <source>That answer was not saved</source>
            <translation>这个回答没有保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="245" />
            <source>Your answers are saved. Resume whenever you like.</source>
            <translation>你的回答已保存。随时可以继续。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="256" />
            <source>The result could not be saved</source>
            <translation>无法保存结果</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="268" />
            <source>It could not be written to {path} ({reason}).</source>
            <translation>无法写入 {path}（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="283" />
            <source>Save result card</source>
            <translation>保存结果卡片</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="285" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="291" />
            <source>The card was not saved</source>
            <translation>卡片没有保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="293" />
            <source>Card saved to {path}.</source>
            <translation>卡片已保存到 {path}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="299" />
            <source>Card image copied. It contains no journal entries.</source>
            <translation>已复制卡片图片。其中不含任何日记内容。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="304" />
            <source>Save action report</source>
            <translation>保存行动报告</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="306" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="321" />
            <source>The report was not saved</source>
            <translation>报告没有保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/assessment_tab.py" line="324" />
            <source>Action report saved to {path}.</source>
            <translation>行动报告已保存到 {path}。</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="88" />
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="112" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="89" />
            <source>Encrypted copies of your whole vault. SecureBase makes one on each day you unlock it, and one before every update, import and restore. A backup opens with the passphrase that was current when it was made.</source>
            <translation>整个保险库的加密副本。你每天第一次解锁时，SecureBase 会自动备份一次；每次更新、导入和恢复之前也会备份。备份要用制作它时正在使用的口令打开。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="101" />
            <source>Ch&amp;oose folder…</source>
            <translation>选择文件夹(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="103" />
            <source>&amp;Use the vault's folder</source>
            <translation>使用保险库所在的文件夹(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="116" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="116" />
            <source>Made</source>
            <translation>制作时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="116" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="117" />
            <source>Check</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="117" />
            <source>Where</source>
            <translation>部位</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="125" />
            <source>There are no backups yet. Back up now to make the first one.</source>
            <translation>还没有任何备份。现在备份一次，做出第一份备份吧。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="129" />
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="131" />
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="133" />
            <source>&amp;Verify all…</source>
            <translation>全部校验(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="135" />
            <source>Restore from a f&amp;ile…</source>
            <translation>从文件恢复(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="159" />
            <source>New backups go to the vault's folder: %1</source>
            <translation>新的备份会保存到保险库所在的文件夹：%1</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="163" />
            <source>The folder you chose (%1) cannot be found right now, so new backups go to the vault's folder.</source>
            <translation>暂时找不到你选择的文件夹（%1），所以新的备份会保存到保险库所在的文件夹。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="166" />
            <source>New backups go to the folder you chose: %1. Daily backups are also kept in the vault's folder.</source>
            <translation>新的备份会保存到你选择的文件夹：%1。每日备份也会保留在保险库所在的文件夹中。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="172" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="172" />
            <source>Made by you</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="173" />
            <source>Before an update</source>
            <translation>更新前</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="174" />
            <source>Before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="175" />
            <source>Before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="180" />
            <source>Chosen folder</source>
            <translation>所选文件夹</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="180" />
            <source>Vault's folder</source>
            <translation>保险库文件夹</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="195" />
            <source>Good: opens and passes both checks</source>
            <translation>完好：可以打开，并通过两项检查</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="196" />
            <source>Damaged: it cannot be restored</source>
            <translation>已损坏：无法恢复</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="197" />
            <source>Not checked: that passphrase does not open it</source>
            <translation>未检查：这个口令打不开它</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="222" />
            <source>Folder for backups</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="228" />
            <source>SecureBase cannot write in that folder; please choose another.</source>
            <translation>SecureBase 无法在那个文件夹中写入；请选择其他文件夹。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="241" />
            <source>New backups will go to %1.</source>
            <translation>新的备份将保存到 %1。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="251" />
            <source>Making a backup…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="256" />
            <source>Backup saved as %1.</source>
            <translation>备份已保存为 %1。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="260" />
            <source>That did not work; your vault and your backups are unchanged.</source>
            <translation>操作没有成功；你的保险库和备份都没有改变。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="267" />
            <source>Verify backups</source>
            <translation>校验备份</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="268" />
            <source>Enter the passphrase the backups were made with (usually your current one). Each backup is opened and checked; nothing is changed.</source>
            <translation>输入制作这些备份时使用的口令（通常就是你当前的口令）。每份备份都会被打开并检查，不会改变任何内容。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="274" />
            <source>Opening and checking each backup…</source>
            <translation>正在逐一打开并检查备份…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="283" />
            <source>One backup is damaged; the list shows which.</source>
            <translation>有一份备份已损坏；列表中标出了是哪一份。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="285" />
            <source>%n backups are damaged; the list shows which.</source>
            <translation>
                <numerusform>有 %n 份备份已损坏；列表中标出了是哪几份。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="287" />
            <source>That passphrase does not open one of the backups, so it was not checked; the list shows which.</source>
            <translation>这个口令打不开其中一份备份，所以没有检查它；列表中标出了是哪一份。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="290" />
            <source>That passphrase does not open %n of the backups, so they were not checked; the list shows which.</source>
            <translation>
                <numerusform>这个口令打不开其中 %n 份备份，所以没有检查它们；列表中标出了是哪几份。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="293" />
            <source>Every backup opens and passes both integrity checks.</source>
            <translation>每份备份都能打开，并通过了两项完整性检查。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="303" />
            <source>Restore from a backup file</source>
            <translation>从备份文件恢复</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="304" />
            <source>SecureBase backups (*.sbbackup);;All files (*)</source>
            <translation>SecureBase 备份 (*.sbbackup);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="311" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="312" />
            <source>Enter the passphrase this backup was made with. It is checked before anything changes.</source>
            <translation>输入制作这份备份时使用的口令。在做出任何改变之前会先检查它。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="317" />
            <source>Checking the backup…</source>
            <translation>正在检查备份…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="325" />
            <source>That backup is damaged, so it cannot be restored. Please choose another one.</source>
            <translation>这份备份已损坏，无法恢复。请选择另一份。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="332" />
            <source>Restore this backup?</source>
            <translation>恢复这份备份吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="333" />
            <source>Replace your vault with the backup from %1? Your vault as it is now is kept as a backup first, so nothing is lost; entries written after %1 are in that kept copy, not in the restored vault. SecureBase locks and opens the restored vault.</source>
            <translation>要用 %1 的备份替换你的保险库吗？你现在的保险库会先另存为一份备份，所以不会丢失任何东西；%1 之后写下的记录在那份保留的副本中，而不在恢复后的保险库里。SecureBase 会先锁定，再打开恢复后的保险库。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="337" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/backups_dialog.py" line="337" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
    </context>
    <context>
        <name>BodyFigure</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/figures.py" line="99" />
            <source>Body outline</source>
            <extracomment>Painting order: limbs behind the trunk, the head last.</extracomment>
            <translation>身体轮廓</translation>
        </message>
    </context>
    <context>
        <name>BodyScanTab</name>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="62" />
            <source>Body scan</source>
            <extracomment>A practice session was saved or updated (a PracticeSession): Today and Trends refresh. A public entry point (start_body_scan, open_pause_timer…) wants this tab in front. A session started (True) or ended (False).</extracomment>
            <translation>身体扫描</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="62" />
            <source>Breathing</source>
            <translation>呼吸</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="63" />
            <source>Pause before reaching out</source>
            <translation>联系之前先暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="63" />
            <source>Stay one more minute</source>
            <translation>再多待一分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="140" />
            <source>Start a &amp;body scan</source>
            <translation>开始身体扫描(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="142" />
            <source>Pause before &amp;reaching out</source>
            <translation>联系之前先暂停(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="144" />
            <source>&amp;Stay one more minute</source>
            <translation>再多待一分钟(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/body_scan_tab.py" line="236" />
            <source>Finish or stop the current practice first.</source>
            <translation>请先完成或停止当前的练习。</translation>
        </message>
    </context>
    <context>
        <name>BreathCircle</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/figures.py" line="210" />
            <source>Breathing guide</source>
            <translation>呼吸引导</translation>
        </message>
    </context>
    <context>
        <name>BreathingPage</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="36" />
            <source>Breathe in</source>
            <translation>吸气</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="37" />
            <source>Breathe out</source>
            <translation>呼气</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="74" />
            <source>Length of the breathing practice</source>
            <translation>呼吸练习的时长</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="75" />
            <source>How long?</source>
            <translation>练习多久？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="82" />
            <source> breaths a minute</source>
            <translation> 次/分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="83" />
            <source>Breaths a minute</source>
            <translation>每分钟呼吸次数</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="84" />
            <source>Pace</source>
            <translation>节奏</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="91" />
            <source>out-breath × </source>
            <translation>呼气 × </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="92" />
            <source>Out-breath length compared with the in-breath</source>
            <translation>呼气相对吸气的长度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="93" />
            <source>Longer out-breath</source>
            <translation>更长的呼气</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="103" />
            <source>How calm do you feel right now? (optional)</source>
            <translation>你现在感觉有多平静？（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="104" />
            <source>0 = not calm at all</source>
            <translation>0 = 一点也不平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="104" />
            <source>10 = very calm</source>
            <translation>10 = 非常平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="108" />
            <source>Start breathing</source>
            <translation>开始呼吸练习</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="132" />
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="194" />
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="206" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="134" />
            <source>Pause or resume (Space)</source>
            <translation>暂停或继续（空格键）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="136" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="145" />
            <source>Breathe gently. If you feel dizzy, let the breath become smaller or return to your own rhythm.</source>
            <translation>轻柔地呼吸。如果感到头晕，就让呼吸变浅一些，或回到你自己的节奏。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="156" />
            <source>In %1 s, out %2 s</source>
            <translation>吸气 %1 秒，呼气 %2 秒</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="205" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="226" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/breathing_page.py" line="228" />
            <source>%1 left</source>
            <translation>还剩 %1</translation>
        </message>
    </context>
    <context>
        <name>BusyIndicator</name>
        <message>
            <location filename="../../src/securebase/ui/passphrase_widgets.py" line="123" />
            <source>Working</source>
            <translation>正在处理</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="39" />
            <source>Change passphrase</source>
            <translation>更改口令</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="45" />
            <source>Change your passphrase</source>
            <translation>更改你的口令</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="47" />
            <source>Your entries stay exactly as they are; only the passphrase that opens them changes. Your recovery key keeps working, and backups made before now still open with the current passphrase.</source>
            <translation>你的记录会原样保留，改变的只是打开它们的口令。恢复密钥依然有效；此前做的备份仍然用当前的口令打开。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="51" />
            <source>C&amp;urrent passphrase</source>
            <translation>当前口令(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="52" />
            <source>Current passphrase</source>
            <translation>当前口令</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="60" />
            <source>&amp;New passphrase</source>
            <translation>新口令(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="61" />
            <source>&amp;Type the new one again</source>
            <translation>再输入一次新口令(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="73" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="75" />
            <source>&amp;Change passphrase</source>
            <translation>更改口令(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="99" />
            <source>Please enter your current passphrase.</source>
            <translation>请输入你当前的口令。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="104" />
            <source>The new passphrase is the same as the current one.</source>
            <translation>新口令和当前口令相同。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="124" />
            <source>Changing the passphrase; this takes a moment…</source>
            <translation>正在更改口令，请稍候…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="136" />
            <source>That is not the current passphrase, so nothing was changed. Please try again.</source>
            <translation>这不是当前的口令，所以没有做任何更改。请再试一次。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/change_passphrase_dialog.py" line="140" />
            <source>The passphrase could not be changed, so the old one still works. Please try again.</source>
            <translation>口令没能更改，旧口令仍然有效。请再试一次。</translation>
        </message>
    </context>
    <context>
        <name>ChartList</name>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="30" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
    </context>
    <context>
        <name>ChipPicker</name>
        <message>
            <location filename="../../src/securebase/ui/journal/widgets.py" line="121" />
            <source>Add your own word to %1</source>
            <translation>在“%1”中添加你自己的词</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="121" />
            <source>SecureBase — Create your vault</source>
            <extracomment>(percent, message) while the sample vault is prepared, from the worker thread.</extracomment>
            <translation>SecureBase — 创建你的保险库</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="158" />
            <source>Welcome to SecureBase</source>
            <translation>欢迎使用 SecureBase</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="160" />
            <source>SecureBase is a private self-help companion for noticing and gently reshaping the patterns you bring to close relationships, and everything you write in it stays encrypted on this computer only. It is not therapy and it does not diagnose anyone: if you are struggling or feel unsafe, please reach out to a professional or a local helpline.</source>
            <translation>SecureBase 是一个私密的自助伙伴，帮助你觉察并温和地重塑自己在亲密关系中的模式。你在这里写下的一切都只加密保存在这台电脑上。它不是心理治疗，也不对任何人做诊断：如果你正感到艰难或不安全，请联系专业人士或当地的求助热线。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="169" />
            <source>Your vault will be kept in {folder}</source>
            <translation>你的保险库将保存在 {folder}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="176" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="177" />
            <source>&amp;Get started</source>
            <translation>开始使用(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="180" />
            <source>Explore with &amp;sample data</source>
            <translation>先用示例数据看看(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="182" />
            <source>Look around first: open a separate demo vault filled with made-up entries. Your own vault is created later and never mixed with it.</source>
            <translation>先四处看看：打开一个单独的演示保险库，里面都是虚构的记录。你自己的保险库稍后再创建，两者绝不会混在一起。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="190" />
            <source>Choose a passphrase</source>
            <translation>设置口令</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="192" />
            <source>You will type it each time you open SecureBase. Nobody can reset it for you, so pick something you can remember; you will also get a recovery key.</source>
            <translation>每次打开 SecureBase 时都需要输入它。没有人能替你重置口令，所以请选一个你记得住的；你还会得到一把恢复密钥。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="196" />
            <source>&amp;Passphrase</source>
            <translation>口令(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="197" />
            <source>&amp;Type it again</source>
            <translation>再输入一次(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="203" />
            <source>&amp;Back</source>
            <translation>返回(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="204" />
            <source>&amp;Create vault</source>
            <translation>创建保险库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="226" />
            <source>Your recovery key</source>
            <translation>你的恢复密钥</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="228" />
            <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now: keep it somewhere safe away from this computer, on paper or in a password manager.</source>
            <translation>如果你忘记了口令，这把密钥是重新打开保险库的唯一途径。它只会在此时显示一次：请把它保存在远离这台电脑的安全地方，写在纸上或存入密码管理器。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="237" />
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="252" />
            <source>C&amp;opy</source>
            <translation>复制(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="253" />
            <source>&amp;Save as file…</source>
            <translation>另存为文件(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="254" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="268" />
            <source>I have stored my recovery key somewhere &amp;safe</source>
            <translation>我已把恢复密钥存放在安全的地方(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="273" />
            <source>C&amp;ontinue</source>
            <translation>继续(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="336" />
            <source>The vault could not be created, and nothing was saved. Please try again.</source>
            <translation>无法创建保险库，没有保存任何内容。请再试一次。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="340" />
            <source>Creating your vault…</source>
            <translation>正在创建你的保险库…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="343" />
            <source>This takes a few seconds on purpose: the slower a key is to make, the slower a passphrase is to guess.</source>
            <translation>这里特意需要几秒钟：生成密钥越慢，口令就越难被猜中。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="355" />
            <source>Preparing the sample vault…</source>
            <translation>正在准备示例保险库…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="359" />
            <source>Fifty days of made-up entries by one invented person, kept in {folder}, apart from your own vault.</source>
            <translation>一位虚构人物五十天的虚构记录，保存在 {folder}，与你自己的保险库分开。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="377" />
            <source>No sample vault</source>
            <translation>没有示例保险库</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="378" />
            <source>The sample vault could not be prepared; nothing of yours was touched. Please try again.</source>
            <translation>示例保险库没能准备好；你的任何内容都没有被动过。请再试一次。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="403" />
            <source>Copied. Paste it somewhere safe now: it is removed from the clipboard when this window closes.</source>
            <translation>已复制。请现在就把它粘贴到安全的地方：这个窗口关闭时，剪贴板中的内容会被清除。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="408" />
            <source>SecureBase recovery key

{key}

This key opens your SecureBase vault if you forget your passphrase; keep it private and away from the computer that holds the vault.
</source>
            <translation>SecureBase 恢复密钥

{key}

如果你忘记了口令，这把密钥可以打开你的 SecureBase 保险库；请妥善保密，并存放在远离保险库所在电脑的地方。
</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="416" />
            <source>Save your recovery key</source>
            <translation>保存你的恢复密钥</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="418" />
            <source>Text files (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="429" />
            <source>The key could not be saved there; please choose another place.</source>
            <translation>无法把密钥保存在那里；请选择其他位置。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="431" />
            <source>Saved to {name}.</source>
            <translation>已保存到 {name}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="438" />
            <source>This key opens your SecureBase vault if you forget your passphrase. Keep this page private and away from the computer that holds the vault.</source>
            <translation>如果你忘记了口令，这把密钥可以打开你的 SecureBase 保险库。请妥善保管这一页，并存放在远离保险库所在电脑的地方。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="441" />
            <source>SecureBase recovery key</source>
            <translation>SecureBase 恢复密钥</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="444" />
            <source>Print your recovery key</source>
            <translation>打印你的恢复密钥</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="447" />
            <source>Sent to the printer.</source>
            <translation>已发送到打印机。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="457" />
            <source>Leave without your recovery key?</source>
            <translation>不保存恢复密钥就离开吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="458" />
            <source>Your vault has been created, but its recovery key will not be shown again. Without it, a forgotten passphrase cannot be recovered. Leave anyway?</source>
            <translation>你的保险库已经创建，但恢复密钥不会再次显示。没有它，忘记的口令将无法找回。仍然离开吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="461" />
            <source>Leave</source>
            <translation>离开</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/create_vault_dialog.py" line="461" />
            <source>Stay</source>
            <translation>留下</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <location filename="../../src/securebase/ui/journal/diff_view.py" line="21" />
            <source>What changed between the two versions</source>
            <translation>两个版本之间的变化</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/diff_view.py" line="46" />
            <source>These two versions are the same.</source>
            <translation>这两个版本完全相同。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/diff_view.py" line="48" />
            <source>%1 words added, %2 words taken out.</source>
            <translation>增加了 %1 个词，删去了 %2 个词。</translation>
        </message>
    </context>
    <context>
        <name>DonePanel</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="30" />
            <source>How calm do you feel now? (optional)</source>
            <translation>你现在感觉有多平静？（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="31" />
            <source>0 = not calm at all</source>
            <translation>0 = 一点也不平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="31" />
            <source>10 = very calm</source>
            <translation>10 = 非常平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="37" />
            <source>A note for yourself, if you like</source>
            <translation>如果愿意，给自己写一句话</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="38" />
            <source>Note about this practice</source>
            <translation>关于这次练习的备注</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="47" />
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="49" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/done_panel.py" line="75" />
            <source>You practised for %1:%2 of the %3 minutes you planned.</source>
            <translation>你在计划的 %3 分钟里练习了 %1:%2。</translation>
        </message>
    </context>
    <context>
        <name>DraftBar</name>
        <message>
            <location filename="../../src/securebase/ui/journal/banners.py" line="77" />
            <source>Unsaved writing</source>
            <translation>未保存的内容</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/banners.py" line="78" />
            <source>Bring it back</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/banners.py" line="79" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/banners.py" line="85" />
            <source>Some writing from %1 was not saved. Would you like it back?</source>
            <translation>%1 写的一些内容没有保存。要把它找回来吗？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/journal/banners.py" line="87" />
            <source>%n pieces of writing were not saved (the latest from %1). Would you like them back?</source>
            <translation>
                <numerusform>有 %n 段内容没有保存（最近一段写于 %1）。要把它们找回来吗？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryPane</name>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="41" />
            <source>A time in the future</source>
            <translation>未来的时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="42" />
            <source>The time you chose is later than now. Save it with that time anyway?</source>
            <translation>你选择的时间晚于现在。仍然按这个时间保存吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="44" />
            <source>Save anyway</source>
            <translation>仍然保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="45" />
            <source>Go back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="66" />
            <source>Nothing open</source>
            <translation>尚未打开任何记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="67" />
            <source>Choose an entry on the left to read it or change it. Ctrl+N logs a new trigger moment from anywhere in the app.</source>
            <translation>在左侧选择一条记录来阅读或修改。在应用的任何地方按 Ctrl+N 都可以记录新的触发时刻。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="72" />
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="74" />
            <source>Save changes to this moment</source>
            <translation>保存对这个时刻的更改</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="76" />
            <source>Plan an experiment from this</source>
            <translation>据此计划一个实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="77" />
            <source>Plan an experiment from this moment</source>
            <translation>根据这个时刻计划一个实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="80" />
            <source>Trigger moment</source>
            <translation>触发时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="84" />
            <source>Save experiment</source>
            <translation>保存实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="86" />
            <source>Save this experiment</source>
            <translation>保存这个实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="89" />
            <source>Corrective experiment</source>
            <translation>矫正性实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="102" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="103" />
            <source>Delete this entry</source>
            <translation>删除这条记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="104" />
            <source>Delete (you can undo it)</source>
            <translation>删除（可以撤销）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/entry_pane.py" line="221" />
            <source>Your unsaved changes from before were brought back.</source>
            <translation>之前未保存的更改已经恢复。</translation>
        </message>
    </context>
    <context>
        <name>ExperimentForm</name>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="66" />
            <source>Experiment ideas</source>
            <translation>实验点子</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="67" />
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="69" />
            <source>Use this idea</source>
            <translation>使用这个点子</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="76" />
            <source>The experiment</source>
            <translation>实验内容</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="77" />
            <source>What small, new thing will you try?</source>
            <translation>你打算尝试哪件新的小事？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="79" />
            <source>Planned for</source>
            <translation>计划时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="80" />
            <source>The prediction</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="81" />
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="350" />
            <source>What do you fear will happen?</source>
            <translation>你担心会发生什么？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="83" />
            <source>How strongly you believe the prediction, before</source>
            <translation>事前对这个预测的相信程度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="91" />
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="125" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="94" />
            <source>What actually happened?</source>
            <translation>实际发生了什么？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="94" />
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="126" />
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="98" />
            <source>Feelings afterwards</source>
            <translation>事后的感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="99" />
            <source>How did it feel, in the body and the mind? Not to judge, only to notice.</source>
            <translation>身体和心里有什么感觉？不做评判，只是留意。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="101" />
            <source>Anxiety before, 0 to 10</source>
            <translation>事前的焦虑，0 到 10</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="102" />
            <source>Anxiety after, 0 to 10</source>
            <translation>事后的焦虑，0 到 10</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="103" />
            <source>How strongly you believe the prediction, after</source>
            <translation>事后对这个预测的相信程度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="105" />
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="131" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="106" />
            <source>Words to find it by later, separated by commas</source>
            <translation>方便以后查找的关键词，用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="109" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="115" />
            <source>Ideas</source>
            <translation>点子</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="117" />
            <source>I will try</source>
            <translation>我会尝试</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="118" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="119" />
            <source>I fear that</source>
            <translation>我担心</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="120" />
            <source>Belief, 0–100%</source>
            <translation>相信程度，0–100%</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="122" />
            <source>Afterwards</source>
            <translation>事后</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="127" />
            <source>Feelings after</source>
            <translation>事后的感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="128" />
            <source>Anxiety before</source>
            <translation>事前焦虑</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="129" />
            <source>Anxiety after</source>
            <translation>事后焦虑</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="130" />
            <source>Belief now, 0–100%</source>
            <translation>现在的相信程度，0–100%</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="151" />
            <source>not rated</source>
            <translation>未评分</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="166" />
            <source>When the pull is to reach out and hold on</source>
            <translation>当你想靠近、想抓紧时</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="167" />
            <source>When the pull is to step back and go it alone</source>
            <translation>当你想后退、想独自应对时</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="168" />
            <source>For either pull</source>
            <translation>两种拉力都适用</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="170" />
            <source>Choose an idea, or write your own below</source>
            <translation>选一个点子，或在下面写你自己的</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="230" />
            <source>Prompted by the moment: %1</source>
            <translation>源于这个时刻：%1</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/experiment_form.py" line="231" />
            <source>(intensity only)</source>
            <translation>（仅强度）</translation>
        </message>
    </context>
    <context>
        <name>ExperimentLink</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/experiment_link.py" line="51" />
            <source>Timer: %1 of %2.</source>
            <translation>计时：%1 / %2。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/experiment_link.py" line="54" />
            <source>Urge to make contact: %1 before, %2 after (out of 10).</source>
            <translation>想联系的冲动：之前 %1，之后 %2（满分 10）。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/experiment_link.py" line="57" />
            <source>Urge to make contact afterwards: %1 out of 10.</source>
            <translation>事后想联系的冲动：%1（满分 10）。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/experiment_link.py" line="60" />
            <source>I chose to reach out then.</source>
            <translation>我当时选择了去联系。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/experiment_link.py" line="62" />
            <source>I chose to wait a while longer.</source>
            <translation>我选择了再等一会儿。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="43" />
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="92" />
            <source>Export</source>
            <extracomment>Remembered in the vault once the plain-text note has been shown.</extracomment>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="44" />
            <source>Take your journal out of SecureBase: to keep, to move, to read or to share with someone you trust. The file is written only where you choose.</source>
            <translation>把你的日记从 SecureBase 中导出：用来保存、迁移、阅读，或与你信任的人分享。文件只会写到你选择的位置。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="50" />
            <source>&amp;Everything, complete (JSON)</source>
            <translation>全部内容，完整导出（JSON）(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="51" />
            <source>Every entry, assessment, practice session and setting. SecureBase can import it again, on this computer or another one.</source>
            <translation>每一条记录、评估、练习和设置。SecureBase 可以在这台电脑或另一台电脑上重新导入它。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="53" />
            <source>&amp;Spreadsheet (CSV files in a zip)</source>
            <translation>电子表格（zip 中的 CSV 文件）(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="54" />
            <source>Trigger moments, experiments and practice sessions, one file each.</source>
            <translation>触发时刻、实验和练习，各一个文件。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="55" />
            <source>&amp;Readable journal (Markdown)</source>
            <translation>可阅读的日记（Markdown）(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="56" />
            <source>Your journal day by day, to read, print or bring to a therapist.</source>
            <translation>按天排列的日记，方便阅读、打印或带给心理治疗师。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="57" />
            <source>E&amp;ncrypted copy (SQLCipher database)</source>
            <translation>加密副本（SQLCipher 数据库）(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="58" />
            <source>Everything, locked with a passphrase you choose here. Standard SQLCipher tools can open it with that passphrase.</source>
            <translation>全部内容，用你在这里设置的口令加密。标准的 SQLCipher 工具可以用这个口令打开它。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="78" />
            <source>Not encrypted: anyone who opens this file can read it.</source>
            <translation>未加密：任何打开这个文件的人都能读到内容。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="83" />
            <source>&amp;Passphrase for the encrypted copy</source>
            <translation>加密副本的口令(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="84" />
            <source>Re&amp;peat the passphrase</source>
            <translation>再输入一次口令(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="90" />
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="132" />
            <source>Exports are not encrypted</source>
            <translation>导出文件不加密</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="133" />
            <source>Your vault is encrypted, but this export will not be: anyone who opens the file can read your entries. Save it somewhere private, and delete it when you no longer need it. (The encrypted copy is the one exception.)</source>
            <translation>你的保险库是加密的，但这次导出的文件不是：任何打开它的人都能读到你的记录。请把它存放在私密的地方，不再需要时就删除。（加密副本是唯一的例外。）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="154" />
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="155" />
            <source>Zip archives (*.zip)</source>
            <translation>Zip 压缩包 (*.zip)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="156" />
            <source>Markdown files (*.md)</source>
            <translation>Markdown 文件 (*.md)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="157" />
            <source>SQLCipher databases (*.db)</source>
            <translation>SQLCipher 数据库 (*.db)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="158" />
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="162" />
            <source>Reading your vault…</source>
            <translation>正在读取你的保险库…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="163" />
            <source>Writing the export…</source>
            <translation>正在写入导出文件…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="164" />
            <source>Checking that the encrypted copy opens…</source>
            <translation>正在检查加密副本能否打开…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="167" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="172" />
            <source>Saved “%1” in %2.</source>
            <translation>已将“%1”保存到 %2。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="176" />
            <source>One deleted entry was left out.</source>
            <translation>有一条已删除的记录没有导出。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="178" />
            <source>%n deleted entries were left out.</source>
            <translation>
                <numerusform>有 %n 条已删除的记录没有导出。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/export_dialog.py" line="185" />
            <source>The export could not be written; please check that the folder exists, has free space and can be written to.</source>
            <translation>无法写入导出文件；请检查文件夹是否存在、是否有剩余空间、是否可以写入。</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="46" />
            <source>Search your journal</source>
            <extracomment>The extra filters were opened: time to read the tag list (it scans the journal).</extracomment>
            <translation>搜索你的日记</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="47" />
            <source>Search the journal</source>
            <translation>搜索日记</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="54" />
            <source>Kind of entry</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="55" />
            <source>All entries</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="56" />
            <source>Trigger moments</source>
            <translation>触发时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="57" />
            <source>Experiments</source>
            <translation>实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="58" />
            <source>Narrative</source>
            <translation>叙事</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="61" />
            <source>Filters</source>
            <translation>筛选</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="63" />
            <source>Show more filters</source>
            <translation>显示更多筛选条件</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="76" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="77" />
            <source>Only entries from a date</source>
            <translation>只显示某日期之后的记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="78" />
            <source>From date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="79" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="80" />
            <source>Only entries up to a date</source>
            <translation>只显示某日期之前的记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="81" />
            <source>To date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="83" />
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="95" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="85" />
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="97" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="86" />
            <source>Lowest intensity</source>
            <translation>最低强度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="87" />
            <source>Highest intensity</source>
            <translation>最高强度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="88" />
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="89" />
            <source>Reset filters</source>
            <translation>重置筛选</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="104" />
            <source>Intensity</source>
            <translation>强度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="155" />
            <source>Any category</source>
            <translation>任意类别</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/filter_bar.py" line="166" />
            <source>Any tag</source>
            <translation>任意标签</translation>
        </message>
    </context>
    <context>
        <name>FormHelpers</name>
        <message>
            <location filename="../../src/securebase/ui/journal/form_helpers.py" line="97" />
            <source>Problem with this entry</source>
            <translation>这条记录有问题</translation>
        </message>
    </context>
    <context>
        <name>HelpPanel</name>
        <message>
            <location filename="../../src/securebase/ui/help_panel.py" line="102" />
            <source>Numbers last checked: %1</source>
            <translation>号码最后核对：%1</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/help_panel.py" line="133" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/help_panel.py" line="159" />
            <source>Need help now?</source>
            <translation>现在需要帮助吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/help_panel.py" line="163" />
            <source>Helplines and what to do when it feels like too much (F1)</source>
            <translation>求助热线，以及感到难以承受时可以做什么（F1）</translation>
        </message>
    </context>
    <context>
        <name>HelplineCard</name>
        <message>
            <location filename="../../src/securebase/ui/help_panel.py" line="66" />
            <source>%1: %2, %3</source>
            <translation>%1：%2，%3</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="25" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="26" />
            <source>Bring in a SecureBase export (JSON), or trigger moments from a CSV file with a header row. The whole file is checked first: if anything in it is wrong, nothing is imported. Entries your vault already holds are skipped, and a backup of your vault is taken before anything new is written.</source>
            <translation>导入 SecureBase 的导出文件（JSON），或从带表头行的 CSV 文件导入触发时刻。整个文件会先被检查：只要有任何问题，就什么都不导入。保险库中已有的记录会被跳过；在写入任何新内容之前，会先备份你的保险库。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="34" />
            <source>What was imported</source>
            <translation>导入了什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="40" />
            <source>Choose a &amp;file…</source>
            <translation>选择文件(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="42" />
            <source>Choose a file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="58" />
            <source>Import from</source>
            <translation>从以下文件导入</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="59" />
            <source>SecureBase exports and CSV files (*.json *.csv);;All files (*)</source>
            <translation>SecureBase 导出文件和 CSV 文件 (*.json *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="64" />
            <source>Checking every entry in the file…</source>
            <translation>正在检查文件中的每一条记录…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="65" />
            <source>Backing up your vault first…</source>
            <translation>正在先备份你的保险库…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="66" />
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="70" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="76" />
            <source>your place on the path</source>
            <translation>你在路径上的进度</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="78" />
            <source>%n trigger moments</source>
            <translation>
                <numerusform>%n 个触发时刻</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="78" />
            <source>1 trigger moment</source>
            <translation>1 个触发时刻</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="79" />
            <source>%n categories</source>
            <translation>
                <numerusform>%n 个类别</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="79" />
            <source>1 category</source>
            <translation>1 个类别</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="80" />
            <source>%n experiments</source>
            <translation>
                <numerusform>%n 个实验</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="80" />
            <source>1 experiment</source>
            <translation>1 个实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="81" />
            <source>1 narrative version</source>
            <translation>1 个叙事版本</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="82" />
            <source>%n narrative versions</source>
            <translation>
                <numerusform>%n 个叙事版本</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="83" />
            <source>1 practice session</source>
            <translation>1 次练习</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="84" />
            <source>%n practice sessions</source>
            <translation>
                <numerusform>%n 次练习</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="85" />
            <source>%n assessment takes</source>
            <translation>
                <numerusform>%n 次评估作答</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="85" />
            <source>1 assessment take</source>
            <translation>1 次评估作答</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="86" />
            <source>%n settings</source>
            <translation>
                <numerusform>%n 项设置</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="86" />
            <source>1 setting</source>
            <translation>1 项设置</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="93" />
            <source>Imported: %1.</source>
            <translation>已导入：%1。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="94" />
            <source>Nothing new to import: your vault already holds everything in this file.</source>
            <translation>没有新内容可导入：这个文件里的一切，你的保险库中都已经有了。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="97" />
            <source>Already in your vault, so skipped: %1.</source>
            <translation>保险库中已有，因此跳过：%1。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="100" />
            <source>Your vault as it was before is kept in the backup “%1”.</source>
            <translation>你的保险库导入前的状态保存在备份“%1”中。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/import_dialog.py" line="114" />
            <source>The file could not be imported; your vault is unchanged.</source>
            <translation>无法导入这个文件；你的保险库没有改变。</translation>
        </message>
    </context>
    <context>
        <name>IntensityInput</name>
        <message>
            <location filename="../../src/securebase/ui/journal/widgets.py" line="211" />
            <source>Rate it</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/widgets.py" line="212" />
            <source>Rate %1</source>
            <translation>为“%1”评分</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="23" />
            <source>About a minute</source>
            <translation>大约一分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="25" />
            <source>About {n} minutes</source>
            <translation>大约 {n} 分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="26" />
            <source>About {low}–{high} minutes</source>
            <translation>大约 {low}–{high} 分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="45" />
            <source>How closeness and distance feel for you</source>
            <translation>亲近与距离带给你的感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="55" />
            <source>Keyboard: press 1–7 to answer, ← and → to move back and forward, S to skip. Answers are saved as you go, so you can stop and come back any time.</source>
            <translation>键盘操作：按 1–7 作答，← 和 → 前后移动，S 跳过。回答会随时保存，你可以随时停下，之后再回来。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="60" />
            <source>This is a tool for self-reflection, not a diagnosis. Your answers stay in your encrypted vault on this computer.</source>
            <translation>这是用于自我反思的工具，不是诊断。你的回答保存在这台电脑上的加密保险库中。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="65" />
            <source>Inventory:</source>
            <translation>量表：</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="68" />
            <source>Inventory</source>
            <translation>量表</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="78" />
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="174" />
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="80" />
            <source>Start the inventory</source>
            <translation>开始作答量表</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="83" />
            <source>&amp;Resume</source>
            <translation>继续(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="85" />
            <source>Resume where you stopped</source>
            <translation>从上次停下的地方继续</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="87" />
            <source>Start &amp;over</source>
            <translation>重新开始(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="89" />
            <source>Start over and discard the unfinished answers</source>
            <translation>重新开始并丢弃未完成的回答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="91" />
            <source>See your &amp;latest result</source>
            <translation>查看最近的结果(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="93" />
            <source>See your latest result</source>
            <translation>查看最近的结果</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="133" />
            <source>Some inventory files could not be used:</source>
            <translation>有些量表文件无法使用：</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="148" />
            <source>{count} sentences · {time}</source>
            <translation>{count} 道题 · {time}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="160" />
            <source>You have answered {done} of {total} sentences so far. {time} left.</source>
            <translation>你已回答 {total} 道题中的 {done} 道。还需{time}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="165" />
            <source>You have been through all {total} sentences; {open} still have no answer. Resume to answer some of them or to see your result.</source>
            <translation>你已看完全部 {total} 道题，还有 {open} 道没有回答。继续作答其中一些，或查看你的结果。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/intro_page.py" line="174" />
            <source>&amp;Retake</source>
            <translation>重新作答(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>JournalListModel</name>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="51" />
            <source>Moment</source>
            <translation>时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="52" />
            <source>Experiment</source>
            <translation>实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="53" />
            <source>Narrative</source>
            <translation>叙事</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="55" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="55" />
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="56" />
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="57" />
            <source>Intensity</source>
            <translation>强度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="57" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="57" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="58" />
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="135" />
            <source>ddd d MMM yyyy, HH:mm</source>
            <comment>date pattern of the journal list</comment>
            <translation>yyyy年M月d日 ddd HH:mm</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/journal/list_model.py" line="141" />
            <source>%n words</source>
            <translation>
                <numerusform>%n 个词</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/list_model.py" line="154" />
            <source>(intensity only)</source>
            <translation>（仅强度）</translation>
        </message>
    </context>
    <context>
        <name>JournalTab</name>
        <message>
            <location filename="../../src/securebase/ui/journal/draft_offer.py" line="23" />
            <source>ddd d MMM, HH:mm</source>
            <comment>date pattern of the draft offer</comment>
            <translation>M月d日 ddd HH:mm</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="61" />
            <source>Log a trigger moment…</source>
            <translation>记录触发时刻…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="64" />
            <source>Plan a corrective experiment</source>
            <translation>计划一个矫正性实验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="66" />
            <source>Write my narrative</source>
            <translation>书写我的叙事</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="68" />
            <source>Undo delete</source>
            <translation>撤销删除</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="72" />
            <source>Search the journal</source>
            <translation>搜索日记</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="103" />
            <source>Journal entries, newest first</source>
            <translation>日记记录，最新的在前</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="128" />
            <source>Delete entry</source>
            <translation>删除记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="135" />
            <source>Your journal is empty for now</source>
            <translation>你的日记暂时还是空的</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="136" />
            <source>When something in a close relationship stirs you up, press Ctrl+N and note how strong it feels. A number is enough; the rest can wait.</source>
            <translation>当亲密关系中的某件事让你心绪起伏时，按 Ctrl+N，记下它有多强烈。一个数字就够了，其余的可以以后再说。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="138" />
            <source>Nothing matches</source>
            <translation>没有匹配的记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="139" />
            <source>Try fewer words, or reset the filters.</source>
            <translation>试试少用几个词，或者重置筛选条件。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="280" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln 条记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="281" />
            <source>%Ln matching</source>
            <translation>
                <numerusform>%Ln 条匹配</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="368" />
            <source>Moment saved. Noticing it is the practice.</source>
            <translation>时刻已保存。留意到它，本身就是练习。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="409" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="414" />
            <source>This version of your story is kept.</source>
            <translation>你故事的这个版本已保存。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="439" />
            <source>Trigger moment deleted.</source>
            <translation>触发时刻已删除。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="440" />
            <source>Experiment deleted.</source>
            <translation>实验已删除。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="441" />
            <source>Narrative deleted, with all its versions.</source>
            <translation>叙事及其所有版本已删除。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="442" />
            <source>It is kept for 30 days.</source>
            <translation>它会保留 30 天。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/journal_tab.py" line="461" />
            <source>Brought back.</source>
            <translation>已恢复。</translation>
        </message>
    </context>
    <context>
        <name>LengthChoice</name>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/bodyscan/controls.py" line="107" />
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/bodyscan/controls.py" line="111" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/controls.py" line="119" />
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/controls.py" line="122" />
            <source>Custom length</source>
            <translation>自定义时长</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/controls.py" line="126" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/controls.py" line="128" />
            <source>Custom length in minutes</source>
            <translation>自定义时长（分钟）</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Auto-lock delay…</source>
            <translation type="vanished">自动锁定时间(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="81" />
            <source>Assessment</source>
            <translation>评估</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="81" />
            <source>Journal</source>
            <translation>日记</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="81" />
            <source>Today</source>
            <extracomment>Something outside the window (the tray icon) wants SecureBase in front: the controller raises this window, or the unlock dialog while locked. The user chose a new auto-lock delay (minutes, or None for never); already saved. Settings → Backups chose and checked a backup (path, passphrase): the controller locks, restores it (keeping the current vault as a backup) and opens it.</extracomment>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="82" />
            <source>Body scan</source>
            <translation>身体扫描</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="82" />
            <source>Trends</source>
            <translation>趋势</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="85" />
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="131" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="132" />
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="134" />
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="136" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="148" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="156" />
            <source>&amp;Actions</source>
            <translation>操作(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="169" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="170" />
            <source>&amp;Auto-lock and language…</source>
            <translation>自动锁定与语言(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="172" />
            <source>&amp;Change passphrase…</source>
            <translation>更改口令(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="179" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="180" />
            <source>&amp;About SecureBase</source>
            <translation>关于 SecureBase(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="182" />
            <source>&amp;Privacy</source>
            <translation>隐私(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="190" />
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="265" />
            <source>Demo vault with made-up entries</source>
            <translation>演示保险库，内含虚构的记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="295" />
            <source>SecureBase</source>
            <translation>SecureBase</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="297" />
            <source>SecureBase — DEMO</source>
            <translation>SecureBase — 演示</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="387" />
            <source>Auto-lock off</source>
            <translation>自动锁定已关闭</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="389" />
            <source>Locks after 1 minute idle</source>
            <translation>闲置 1 分钟后锁定</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/main_window.py" line="391" />
            <source>Locks after %n minutes idle</source>
            <translation>
                <numerusform>闲置 %n 分钟后锁定</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="403" />
            <location filename="../../src/securebase/ui/main_window.py" line="407" />
            <source>No backup made</source>
            <translation>未能备份</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="408" />
            <source>The backup could not be written; please check that the data folder has free space and can be written to.</source>
            <translation>无法写入备份；请检查数据文件夹是否有剩余空间、是否可以写入。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="412" />
            <source>Backup saved as %1 in %2.</source>
            <translation>备份已保存到 %2，文件名为 %1。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="431" />
            <source>Setting not saved</source>
            <translation>设置未保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="435" />
            <source>Auto-lock setting saved.</source>
            <translation>自动锁定设置已保存。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/main_window.py" line="442" />
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>口令已更改。从现在起请使用新口令。</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../src/securebase/ui/journal/banners.py" line="49" />
            <source>Journal status</source>
            <translation>日记状态</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/banners.py" line="50" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
    </context>
    <context>
        <name>MessageLine</name>
        <message>
            <location filename="../../src/securebase/ui/passphrase_widgets.py" line="99" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
    </context>
    <context>
        <name>NarrativeEditor</name>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="55" />
            <source>Narrative pages</source>
            <extracomment>A version was saved (the list should refresh).</extracomment>
            <translation>叙事页面</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="61" />
            <source>Guiding prompts</source>
            <translation>引导提示</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="71" />
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="73" />
            <source>Add this prompt to my story</source>
            <translation>把这个提示加入我的故事</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="79" />
            <source>Prompts</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="86" />
            <source>My attachment narrative</source>
            <translation>我的依恋叙事</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="88" />
            <source>This is your story, in your words. Pick a prompt on the left to begin, or simply start writing. Every time you save, the version is kept, so nothing is lost.</source>
            <translation>这是你的故事，用你自己的话来写。从左侧选一个提示开始，或者直接动笔。每次保存都会留下一个版本，所以什么都不会丢失。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="96" />
            <source>What changed, in a few words</source>
            <translation>用几个词说说改了什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="97" />
            <source>What changed, in a few words (optional)</source>
            <translation>用几个词说说改了什么（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="98" />
            <source>Save version</source>
            <translation>保存版本</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="100" />
            <source>Save this version of the narrative</source>
            <translation>保存叙事的这个版本</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="101" />
            <source>Save version (Ctrl+S)</source>
            <translation>保存版本（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="123" />
            <source>Write</source>
            <translation>书写</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="128" />
            <source>Saved versions</source>
            <translation>已保存的版本</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="130" />
            <source>Older version to compare</source>
            <translation>用于比较的较早版本</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="132" />
            <source>Newer version to compare</source>
            <translation>用于比较的较新版本</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="136" />
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="137" />
            <source>Bring the older version back into the editor</source>
            <translation>把较早的版本放回编辑器</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="143" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="145" />
            <source>with</source>
            <translation>与</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="156" />
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="340" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="184" />
            <source>d MMM yyyy, HH:mm</source>
            <comment>date pattern of narrative versions</comment>
            <translation>yyyy年M月d日 HH:mm</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="193" />
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="241" />
            <source>%Ln words</source>
            <translation>
                <numerusform>%Ln 个词</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="207" />
            <source>Versions (%1)</source>
            <translation>版本（%1）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="243" />
            <source>Not saved yet</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="245" />
            <source>Changed since the version of %1</source>
            <translation>自 %1 的版本以来有改动</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="248" />
            <source>Saved %1</source>
            <translation>已保存于 %1</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/narrative_editor.py" line="278" />
            <source>Save a version to start keeping a history.</source>
            <translation>保存一个版本，开始留下修改历史。</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <location filename="../../src/securebase/ui/passphrase_widgets.py" line="156" />
            <source>S&amp;how passphrase</source>
            <translation>显示口令(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/passphrase_widgets.py" line="193" />
            <source>Please choose a passphrase.</source>
            <translation>请设置一个口令。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/passphrase_widgets.py" line="195" />
            <source>That passphrase is too easy to guess.</source>
            <translation>这个口令太容易被猜到。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/passphrase_widgets.py" line="197" />
            <location filename="../../src/securebase/ui/passphrase_widgets.py" line="206" />
            <source>The two passphrases do not match yet.</source>
            <translation>两次输入的口令还不一致。</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePrompt</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/passphrase_prompt.py" line="25" />
            <source>&amp;Passphrase</source>
            <translation>口令(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/passphrase_prompt.py" line="26" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/passphrase_prompt.py" line="30" />
            <source>S&amp;how passphrase</source>
            <translation>显示口令(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>PathFooter</name>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="30" />
            <source>midnight</source>
            <translation>午夜</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="32" />
            <source>noon</source>
            <translation>中午</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="103" />
            <location filename="../../src/securebase/ui/today/controls.py" line="156" />
            <source>&amp;Pause the path</source>
            <translation>暂停路径(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="106" />
            <source>&amp;Restart…</source>
            <translation>重新开始(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="108" />
            <source>Restart the path</source>
            <translation>重新开始路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="112" />
            <source>A day ends at</source>
            <translation>一天结束于</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="115" />
            <source>Anything you log before this hour counts for the day before, so late nights are not lost.</source>
            <translation>在这个时间之前记录的内容都算作前一天，所以熬夜时的记录不会落空。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="119" />
            <source>A &amp;day ends at</source>
            <translation>一天结束于(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="121" />
            <source>Remind &amp;me at</source>
            <translation>提醒时间(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="123" />
            <source>A gentle notification while SecureBase is open. It never shows anything you wrote.</source>
            <translation>SecureBase 打开时会发出一条温和的提醒，绝不会显示你写过的任何内容。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="127" />
            <source>Reminder time</source>
            <translation>提醒时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="132" />
            <source>Your path, your pace. Pausing keeps your place; paused days do not count.</source>
            <translation>你的路径，你的节奏。暂停会保留你的进度；暂停的日子不计入。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="155" />
            <source>Res&amp;ume the path</source>
            <translation>继续路径(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>PathPage</name>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="49" />
            <location filename="../../src/securebase/ui/today/path_page.py" line="52" />
            <source>Resume the path</source>
            <translation>继续路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="108" />
            <source>Step %1 of 6 · %2</source>
            <translation>第 %1 步（共 6 步）· %2</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="112" />
            <source>Your path begins tomorrow</source>
            <translation>你的路径明天开始</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="113" />
            <source>Your path begins in %1 days</source>
            <translation>你的路径将在 %1 天后开始</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="118" />
            <source>All %1 days walked</source>
            <translation>%1 天已全部走完</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="121" />
            <source>Day %1 of %2 · paused</source>
            <translation>第 %1 天（共 %2 天）· 已暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="125" />
            <source>Day %1 of %2</source>
            <translation>第 %1 天（共 %2 天）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="155" />
            <source>Begin</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="155" />
            <source>Retake</source>
            <translation>重新作答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="156" />
            <source>Log a moment</source>
            <translation>记录时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="157" />
            <source>Get ready</source>
            <translation>准备开始</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="158" />
            <source>Plan or record</source>
            <translation>计划或记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="159" />
            <source>Write</source>
            <translation>书写</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/path_page.py" line="160" />
            <source>Reflect</source>
            <translation>反思</translation>
        </message>
    </context>
    <context>
        <name>PathTray</name>
        <message>
            <location filename="../../src/securebase/ui/tray.py" line="68" />
            <source>Log a trigger moment</source>
            <translation>记录触发时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tray.py" line="71" />
            <source>Open SecureBase</source>
            <translation>打开 SecureBase</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tray.py" line="132" />
            <source>Today's path is here whenever you would like it. One small action is plenty.</source>
            <translation>今天的路径随时在这里等你。做一件小事就足够了。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tray.py" line="135" />
            <source>SecureBase</source>
            <translation>SecureBase</translation>
        </message>
    </context>
    <context>
        <name>PausePage</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="171" />
            <source>How urgent does contacting feel right now? (optional)</source>
            <translation>此刻想联系对方的冲动有多急迫？（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="172" />
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="208" />
            <source>0 = not urgent</source>
            <translation>0 = 不急迫</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="172" />
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="209" />
            <source>10 = as urgent as it gets</source>
            <translation>10 = 急迫到极点</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="174" />
            <source>Start the five-minute pause</source>
            <translation>开始五分钟的暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="197" />
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="244" />
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="292" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="198" />
            <source>End the pause now</source>
            <translation>现在结束暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="205" />
            <source>How urgent does contacting feel now?</source>
            <translation>现在想联系的冲动有多急迫？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="208" />
            <source>Urgency now (optional)</source>
            <translation>现在的急迫程度（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="211" />
            <source>Both choices are fine. What would you like to do?</source>
            <translation>两种选择都可以。你想怎么做？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="212" />
            <source>Reach out now</source>
            <translation>现在联系</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="214" />
            <source>Wait a while</source>
            <translation>再等一会儿</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="230" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="243" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="254" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="256" />
            <source>%1 left</source>
            <translation>还剩 %1</translation>
        </message>
    </context>
    <context>
        <name>PracticePage</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/page.py" line="114" />
            <source>This practice could not be saved: %1</source>
            <translation>这次练习没能保存：%1</translation>
        </message>
    </context>
    <context>
        <name>ProgressSummary</name>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="61" />
            <source>Your first practice day is still ahead</source>
            <translation>你的第一个练习日还在前面</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="63" />
            <source>Practised on 1 day so far</source>
            <translation>目前已练习 1 天</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="65" />
            <source>Practised on %1 days so far</source>
            <translation>目前已练习 %1 天</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="67" />
            <source>A new streak can start any day</source>
            <translation>新的连续练习随时可以开始</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="69" />
            <source>Gentle streak: 1 day</source>
            <translation>温和连续：1 天</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="71" />
            <source>Gentle streak: %1 days</source>
            <translation>温和连续：%1 天</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="73" />
            <source>With 1 rest day: one in any seven is fine.</source>
            <translation>含 1 个休息日：每七天休息一天没关系。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="75" />
            <source>With %1 rest days: one in any seven is fine.</source>
            <translation>含 %1 个休息日：每七天休息一天没关系。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="77" />
            <source>One rest day in any seven is fine.</source>
            <translation>每七天休息一天没关系。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/controls.py" line="81" />
            <source>A missed day is a rest day. One rest day in any seven days keeps a streak going, paused days do not count, and a day only ends at the hour you choose.</source>
            <translation>错过的一天就是休息日。任意七天里有一个休息日，连续记录照样保持；暂停的日子不计入；一天要到你选定的时间才结束。</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../src/securebase/ui/dialogs.py" line="55" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/dialogs.py" line="56" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairePage</name>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="61" />
            <source>Progress through the inventory</source>
            <translation>量表作答进度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="116" />
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="182" />
            <source>← Back</source>
            <translation>← 上一题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="118" />
            <source>Back to the previous sentence</source>
            <translation>回到上一题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="120" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="122" />
            <source>Skip this sentence</source>
            <translation>跳过这一题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="123" />
            <source>S. Up to two sentences of each kind can be skipped and still give a result.</source>
            <translation>S 键。每一类题目最多可以跳过两道，仍能得出结果。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="126" />
            <source>Forward →</source>
            <translation>下一题 →</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="128" />
            <source>Forward to the next sentence</source>
            <translation>前往下一题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="130" />
            <source>Finish later</source>
            <translation>稍后完成</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="132" />
            <source>Stop now and finish later</source>
            <translation>现在停下，稍后完成</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="133" />
            <source>Your answers so far are already saved.</source>
            <translation>你到目前为止的回答都已保存。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="161" />
            <source>That was the last sentence</source>
            <translation>这是最后一题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="166" />
            <source>The result describes how your answers lean at this moment. It is a starting point for the path, not a verdict on who you are.</source>
            <translation>结果描述的是你此刻的回答倾向。它是路径的起点，而不是对你是谁的定论。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="173" />
            <source>See my &amp;result</source>
            <translation>查看我的结果(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="175" />
            <source>Finish and see the result</source>
            <translation>完成并查看结果</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="178" />
            <source>Go to the first &amp;unanswered sentence</source>
            <translation>前往第一道未答的题(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="180" />
            <source>Go to the first unanswered sentence</source>
            <translation>前往第一道未答的题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="184" />
            <source>Back to the last sentence</source>
            <translation>回到最后一题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="213" />
            <source>{value}: {label}</source>
            <translation>{value}：{label}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="215" />
            <source>1 = {label}</source>
            <translation>1 = {label}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="216" />
            <source>7 = {label}</source>
            <translation>7 = {label}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="239" />
            <source>{time} left</source>
            <translation>还需{time}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="240" />
            <source>All sentences reached</source>
            <translation>已到达所有题目</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="242" />
            <source>Review</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="249" />
            <source>Sentence {n} of {total}</source>
            <translation>第 {n} 题，共 {total} 题</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="257" />
            <source>You skipped this one. Choose an answer, or move on.</source>
            <translation>你跳过了这一题。可以选一个答案，也可以继续往下。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="266" />
            <source>You answered all {total} sentences.</source>
            <translation>你回答了全部 {total} 道题。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="270" />
            <source>You answered {done} of {total} sentences; {open} have no answer and count as skipped.</source>
            <translation>你回答了 {total} 道题中的 {done} 道；{open} 道没有回答，算作跳过。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="280" />
            <source>{n} of the sentences about worry in closeness have no answer</source>
            <translation>关于亲密中担忧的题目有 {n} 道没有回答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="283" />
            <source>{n} of the sentences about keeping distance have no answer</source>
            <translation>关于保持距离的题目有 {n} 道没有回答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="286" />
            <source>There is no result yet, because {reasons}. A result needs all but at most {allowed} of each kind. Answering a few more will give one.</source>
            <translation>暂时还没有结果，因为{reasons}。每一类题目最多只能有 {allowed} 道未答才能得出结果。再多回答几道就可以了。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/questionnaire.py" line="288" />
            <source> and </source>
            <translation>，并且</translation>
        </message>
    </context>
    <context>
        <name>QuickCaptureDialog</name>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="36" />
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="37" />
            <source>Log a trigger moment</source>
            <translation>记录触发时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="40" />
            <source>A number is enough to save. Add more only if you want to; it can wait until later.</source>
            <translation>有一个数字就可以保存。想补充再补充，也可以以后再写。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="50" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="53" />
            <source>Save the moment</source>
            <translation>保存这个时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="54" />
            <source>Save (Ctrl+Enter)</source>
            <translation>保存（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="57" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="98" />
            <source>Discard this moment?</source>
            <translation>丢弃这个时刻吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="99" />
            <source>What you wrote here has not been saved. Throw it away?</source>
            <translation>你在这里写的内容还没有保存。要丢弃吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="100" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/quick_capture.py" line="100" />
            <source>Keep writing</source>
            <translation>继续写</translation>
        </message>
    </context>
    <context>
        <name>RatingRow</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/controls.py" line="53" />
            <source>%1: %2 of 10</source>
            <translation>%1：%2（满分 10）</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="52" />
            <source>SecureBase — Recover your vault</source>
            <translation>SecureBase — 找回你的保险库</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="58" />
            <source>Choose a new passphrase</source>
            <translation>设置新口令</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="60" />
            <source>Enter the recovery key you stored when you created the vault, then choose a new passphrase. Your entries stay exactly as they are.</source>
            <translation>输入你在创建保险库时保存的恢复密钥，然后设置一个新口令。你的记录会原样保留。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="63" />
            <source>&amp;Recovery key</source>
            <translation>恢复密钥(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="66" />
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="80" />
            <source>&amp;New passphrase</source>
            <translation>新口令(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="81" />
            <source>&amp;Type it again</source>
            <translation>再输入一次(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="89" />
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="91" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="92" />
            <source>&amp;Unlock with new passphrase</source>
            <translation>用新口令解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="94" />
            <source>Unlock with the new passphrase</source>
            <translation>用新口令解锁</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="117" />
            <source>Please enter your recovery key.</source>
            <translation>请输入你的恢复密钥。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="143" />
            <source>Opening your vault and setting the new passphrase…</source>
            <translation>正在打开你的保险库并设置新口令…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/recovery_dialog.py" line="155" />
            <source>The vault could not be opened with the recovery key; nothing was changed.</source>
            <translation>无法用这把恢复密钥打开保险库；没有做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/restore_flow.py" line="30" />
            <source>Restoring a backup</source>
            <translation>正在恢复备份</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/restore_flow.py" line="31" />
            <source>Your vault as it was is kept as a backup first. When the restore is done, SecureBase opens the restored vault.</source>
            <translation>你现在的保险库会先另存为一份备份。恢复完成后，SecureBase 会打开恢复后的保险库。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/restore_flow.py" line="42" />
            <source>&amp;Go to the unlock window</source>
            <translation>前往解锁窗口(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/restore_flow.py" line="53" />
            <source>Restoring “%1”…</source>
            <translation>正在恢复“%1”…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/restore_flow.py" line="58" />
            <source>Restored the backup “%1”. Your vault as it was before is kept as a backup.</source>
            <translation>已恢复备份“%1”。你的保险库恢复前的状态已另存为一份备份。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/restore_flow.py" line="65" />
            <source>The backup could not be restored; your vault files are unchanged.</source>
            <translation>无法恢复备份；你的保险库文件没有改变。</translation>
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <location filename="../../src/securebase/services/card.py" line="69" />
            <source>d MMM yyyy</source>
            <comment>date pattern of the card</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="127" />
            <source>Attachment anxiety</source>
            <translation>依恋焦虑</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="127" />
            <source>Attachment avoidance</source>
            <translation>依恋回避</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="185" />
            <source>SecureBase · closeness snapshot</source>
            <translation>SecureBase · 亲密关系快照</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="186" />
            <source>Leaning toward</source>
            <translation>倾向于</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="192" />
            <source>Anxiety {anxiety}   ·   Avoidance {avoidance}   (scale 1–7)</source>
            <translation>焦虑 {anxiety}   ·   回避 {avoidance}   （1–7 分）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="200" />
            <source>Taken {date}</source>
            <translation>作答于 {date}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="205" />
            <source>A pattern at one moment, not a label. Self-help, not therapy.</source>
            <translation>这是某一时刻的模式，不是标签。自助工具，不是心理治疗。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="219" />
            <source>Highest facets</source>
            <translation>得分最高的子维度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/services/card.py" line="240" />
            <source>Facets, highest first</source>
            <translation>子维度，从高到低</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="107" />
            <source>Your result</source>
            <translation>你的结果</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="114" />
            <source>Facets: the parts of each dimension</source>
            <translation>子维度：每个维度的组成部分</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="119" />
            <source>How this pattern often feels</source>
            <translation>这种模式常见的感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="147" />
            <source>Map of your result</source>
            <translation>你的结果图</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="180" />
            <source>Keep or share</source>
            <translation>保存或分享</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="184" />
            <source>A result card shows the map, the leaning, the facets and the date. It never contains anything from your journal.</source>
            <translation>结果卡片显示结果图、倾向、子维度和日期，绝不会包含日记中的任何内容。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="191" />
            <source>Name on the card (optional)</source>
            <translation>卡片上的名字（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="192" />
            <source>Name on the card, optional</source>
            <translation>卡片上的名字，可选</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="195" />
            <source>Card size</source>
            <translation>卡片尺寸</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="196" />
            <source>Wide, 1200 × 630</source>
            <translation>宽幅，1200 × 630</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="197" />
            <source>Square, 1080 × 1080</source>
            <translation>方形，1080 × 1080</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="200" />
            <source>Save card &amp;as…</source>
            <translation>卡片另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="202" />
            <source>Save the result card as a PNG image</source>
            <translation>把结果卡片保存为 PNG 图片</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="204" />
            <source>&amp;Copy card image</source>
            <translation>复制卡片图片(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="206" />
            <source>Copy the result card image</source>
            <translation>复制结果卡片图片</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="209" />
            <source>The action report (PDF) explains your scores and facets and fits the six-step path to your pattern.</source>
            <translation>行动报告（PDF）会解释你的分数和子维度，并让六步路径贴合你的模式。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="213" />
            <source>Include a summary of my &amp;journal (counts and intensity only, no entry text)</source>
            <translation>附上我的日记摘要(&amp;J)（只有次数和强度，不含记录文字）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="216" />
            <source>Include a summary of my journal</source>
            <translation>附上我的日记摘要</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="217" />
            <source>Save action &amp;report…</source>
            <translation>保存行动报告(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="219" />
            <source>Save the action report as a PDF</source>
            <translation>把行动报告保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="222" />
            <source>Re&amp;take the inventory</source>
            <translation>重新作答量表(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="224" />
            <source>Retake the inventory</source>
            <translation>重新作答量表</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="250" />
            <source>{instrument} · taken {date}</source>
            <translation>{instrument} · 作答于 {date}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="254" />
            <source>Anxiety {anxiety} · Avoidance {avoidance} (each from 1 to 7; 4.0 is the middle)</source>
            <translation>焦虑 {anxiety} · 回避 {avoidance}（各为 1 到 7 分；4.0 为中点）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="257" />
            <source>The {region} region means {axes}.</source>
            <translation>“{region}”区域意味着{axes}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="260" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="261" />
            <source>{facet} ({score})</source>
            <translation>{facet}（{score}）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="263" />
            <source>Areas that stand out: {areas}.</source>
            <translation>比较突出的方面：{areas}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="268" />
            <source>No facet rises above the middle of the scale; the highest is {facet} ({score}).</source>
            <translation>没有哪个子维度高于量表中点；最高的是{facet}（{score}）。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="273" />
            <source>This is your first take; later takes will show how your answers move.</source>
            <translation>这是你第一次作答；以后再作答时，就能看到你的回答如何变化。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="279" />
            <source>Since your first take ({days} days ago): anxiety {anx}, avoidance {avo}.</source>
            <translation>与第一次作答（{days} 天前）相比：焦虑 {anx}，回避 {avo}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="282" />
            <source>{date}: anxiety {anx}, avoidance {avo}</source>
            <translation>{date}：焦虑 {anx}，回避 {avo}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="285" />
            <source>Your takes</source>
            <translation>你的历次作答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="292" />
            <source>In the body</source>
            <translation>身体感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="293" />
            <source>In conflict</source>
            <translation>在冲突中</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="294" />
            <source>What helps</source>
            <translation>什么有帮助</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="295" />
            <source>Corrective experiences to try</source>
            <translation>可以尝试的矫正性体验</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="324" />
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="336" />
            <source>Attachment avoidance</source>
            <translation>依恋回避</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="325" />
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="335" />
            <source>Attachment anxiety</source>
            <translation>依恋焦虑</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="342" />
            <source>Facet scores</source>
            <translation>子维度得分</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/assessment/result_page.py" line="344" />
            <source>{facet} ({dimension}): {score}.</source>
            <translation>{facet}（{dimension}）：{score}。</translation>
        </message>
    </context>
    <context>
        <name>ScanPage</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="63" />
            <source>How long?</source>
            <translation>练习多久？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="66" />
            <source>Length of the body scan</source>
            <translation>身体扫描的时长</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="69" />
            <source>You choose how to practise:</source>
            <translation>由你决定如何练习：</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="73" />
            <source>How calm do you feel right now? (optional)</source>
            <translation>你现在感觉有多平静？（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="74" />
            <source>0 = not calm at all</source>
            <translation>0 = 一点也不平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="74" />
            <source>10 = very calm</source>
            <translation>10 = 非常平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="77" />
            <source>A soft chime at the start and the end</source>
            <translation>开始和结束时响一声轻柔的铃声</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="79" />
            <source>A chime at each new region</source>
            <translation>每到一个新部位时响一声铃</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="80" />
            <source>Read the guidance aloud</source>
            <translation>朗读引导语</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="81" />
            <source>This computer cannot play sound here, so the scan will be silent; the screen shows every change.</source>
            <translation>这台电脑在这里无法播放声音，所以扫描将是静音的；每一步变化都会显示在屏幕上。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="88" />
            <source>Start the body scan</source>
            <translation>开始身体扫描</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="130" />
            <source>Guidance</source>
            <translation>引导</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="140" />
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="214" />
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="228" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="142" />
            <source>Pause or resume (Space)</source>
            <translation>暂停或继续（空格键）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="144" />
            <source>Skip this region</source>
            <translation>跳过这个部位</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="147" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="156" />
            <source>Eyes open is fine. You can skip a region, rest your attention on your feet or on sounds instead, or stop at any time.</source>
            <translation>睁着眼睛也没关系。你可以跳过某个部位，把注意力放在双脚或周围的声音上，或随时停下。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="227" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="261" />
            <source>left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="261" />
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="264" />
            <source>%1 · %2 of %3</source>
            <translation>%1 · 第 %2 步，共 %3 步</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="272" />
            <source>Next: %1</source>
            <translation>下一步：%1</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/scan_page.py" line="273" />
            <source>This is the last step.</source>
            <translation>这是最后一步。</translation>
        </message>
    </context>
    <context>
        <name>SecureBaseError</name>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="129" />
            <source>Something went wrong.</source>
            <extracomment>The languages SecureBase ships, each named in its own language (never translated: someone who cannot read the current language must still find their own). Stored in place of a language to follow the operating system. The object name of every translator installed here, so they can be found and removed. The one-sentence messages of the typed errors (storage/errors.py and the services), listed here so lupdate collects them: storage and services cannot use Qt to translate. A test checks this list against every error class.</extracomment>
            <translation>出了点问题。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="130" />
            <source>That passphrase does not open this vault. Please check it and try again.</source>
            <translation>这个口令打不开这个保险库。请检查后再试一次。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="132" />
            <source>That recovery key does not open this vault. Please check it and try again.</source>
            <translation>这把恢复密钥打不开这个保险库。请检查后再试一次。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="134" />
            <source>The vault file is damaged and cannot be opened safely; nothing has been changed. You can restore the newest good backup.</source>
            <translation>保险库文件已损坏，无法安全打开；没有做任何更改。你可以恢复最新的完好备份。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="137" />
            <source>This vault is already open in another SecureBase window or command. Close it there first.</source>
            <translation>这个保险库已经在另一个 SecureBase 窗口或命令中打开。请先在那里关闭。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="139" />
            <source>There is no vault in this folder yet. Create one with 'securebase init'.</source>
            <translation>这个文件夹里还没有保险库。请用 'securebase init' 创建一个。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="141" />
            <source>A vault already exists in this folder; nothing was changed.</source>
            <translation>这个文件夹里已经有一个保险库；没有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="143" />
            <source>That passphrase is too easy to guess.</source>
            <translation>这个口令太容易被猜到。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="144" />
            <source>That input is not valid.</source>
            <translation>这个输入无效。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="145" />
            <source>That file cannot be imported; the vault was not changed.</source>
            <translation>这个文件无法导入；保险库没有改变。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="147" />
            <source>The disk is full, so nothing new was saved. Free some space and try again; your earlier entries are safe.</source>
            <translation>磁盘已满，所以没有保存新的内容。请腾出一些空间后再试；你之前的记录都是安全的。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="149" />
            <source>This SQLCipher build lacks full-text search (FTS5), which SecureBase needs. Please reinstall SecureBase.</source>
            <translation>这个 SQLCipher 版本缺少 SecureBase 需要的全文搜索功能（FTS5）。请重新安装 SecureBase。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="151" />
            <source>That backup file cannot be found.</source>
            <translation>找不到这个备份文件。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/i18n.py" line="152" />
            <source>There is no completed assessment yet; take the assessment first.</source>
            <translation>还没有已完成的评估；请先完成评估。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="31" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="38" />
            <source>Auto-lock</source>
            <translation>自动锁定</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="41" />
            <source>When you step away, SecureBase locks the vault and clears the window, so nobody else can read your entries. It never locks in the middle of a body scan.</source>
            <translation>当你离开时，SecureBase 会锁上保险库并清空窗口，别人就无法读到你的记录。身体扫描进行中时绝不会锁定。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="50" />
            <source>Auto-lock delay</source>
            <translation>自动锁定时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="55" />
            <source>&amp;Lock after no activity for</source>
            <translation>无操作多久后锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="80" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="84" />
            <source>Language of SecureBase</source>
            <translation>SecureBase 的界面语言</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="86" />
            <source>Same as the system (%1)</source>
            <translation>跟随系统（%1）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="93" />
            <source>La&amp;nguage</source>
            <translation>语言(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="97" />
            <source>A new language is used from the next time SecureBase starts.</source>
            <translation>新的语言将在下次启动 SecureBase 时生效。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="118" />
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="120" />
            <source>1 minute</source>
            <translation>1 分钟</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/securebase/ui/settings_dialog.py" line="121" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="131" />
            <source>You can still lock at any time with Ctrl+L. Without auto-lock, anyone at this computer can read your entries while the window is open.</source>
            <translation>你仍然可以随时按 Ctrl+L 锁定。没有自动锁定的话，窗口开着时，任何用这台电脑的人都能读到你的记录。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/settings_dialog.py" line="135" />
            <source>You can also lock at any time with Ctrl+L.</source>
            <translation>你也可以随时按 Ctrl+L 锁定。</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <location filename="../../src/securebase/ui/today/start_panel.py" line="37" />
            <source>Begin your fifty-day path</source>
            <translation>开始你的五十天路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/start_panel.py" line="52" />
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/start_panel.py" line="53" />
            <source>&amp;Start on</source>
            <translation>开始于(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/start_panel.py" line="55" />
            <location filename="../../src/securebase/ui/today/start_panel.py" line="58" />
            <source>Start the path</source>
            <translation>开始路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/start_panel.py" line="62" />
            <source>Today is a fine day to begin. You can also pick a day in the coming weeks, or an earlier day if you have already started on paper.</source>
            <translation>今天就是开始的好日子。你也可以选未来几周里的某一天；如果你已经在纸上开始了，也可以选更早的日期。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/start_panel.py" line="112" />
            <source>SecureBase is a self-help companion, not therapy. If an exercise brings up too much, stop; F1 opens help at any time.</source>
            <translation>SecureBase 是自助伙伴，不是心理治疗。如果某个练习引发的感受太多，就停下来；随时按 F1 打开帮助。</translation>
        </message>
    </context>
    <context>
        <name>StayPage</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="310" />
            <source>Start the minute</source>
            <translation>开始这一分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="327" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="335" />
            <source>What did staying feel like?</source>
            <translation>留下来是什么感觉？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="342" />
            <source>What staying felt like</source>
            <translation>留下来的感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="343" />
            <source>A few words are enough (optional)</source>
            <translation>几个词就够了（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="347" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/corrective_pages.py" line="361" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>StepTimeline</name>
        <message>
            <location filename="../../src/securebase/ui/today/timeline.py" line="24" />
            <source>The six steps of the path</source>
            <translation>路径的六个步骤</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/timeline.py" line="43" />
            <source>Step %1, days %2 to %3: %4</source>
            <translation>第 %1 步，第 %2 到 %3 天：%4</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/timeline.py" line="46" />
            <source>Day %1 of %2, step %3.</source>
            <translation>第 %1 天（共 %2 天），第 %3 步。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/timeline.py" line="48" />
            <source>The path has not begun yet.</source>
            <translation>路径还没有开始。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/today/timeline.py" line="103" />
            <source>Days %1–%2</source>
            <translation>第 %1–%2 天</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="81" />
            <source>Passphrase strength</source>
            <translation>口令强度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="108" />
            <source>Strength: not rated yet</source>
            <translation>强度：尚未评估</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="110" />
            <source>A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
            <translation>几个互不相关的词组成的口令，既好记又难猜。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="117" />
            <source>Strength: {label}. Good to use.</source>
            <translation>强度：{label}。可以使用。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="118" />
            <source>This passphrase would be very hard to guess.</source>
            <translation>这个口令很难被猜到。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="120" />
            <source>Strength: {label}. Not strong enough yet.</source>
            <translation>强度：{label}。还不够强。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="127" />
            <source>fair</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="127" />
            <source>strong</source>
            <translation>强</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="127" />
            <source>very weak</source>
            <translation>很弱</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="127" />
            <source>weak</source>
            <translation>弱</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/strength_meter.py" line="128" />
            <source>very strong</source>
            <translation>很强</translation>
        </message>
    </context>
    <context>
        <name>TimeRing</name>
        <message>
            <location filename="../../src/securebase/ui/bodyscan/figures.py" line="152" />
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
    </context>
    <context>
        <name>TodayTab</name>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="81" />
            <source>Your fifty-day path will be here</source>
            <translation>你的五十天路径会显示在这里</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="82" />
            <source>Unlock your vault to see where you are on the path.</source>
            <translation>解锁保险库，看看你在路径上走到了哪里。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="91" />
            <source>Need help now?</source>
            <translation>现在需要帮助吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="236" />
            <source>Restart the path?</source>
            <translation>重新开始路径吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="237" />
            <source>The path will begin again at day 1 today. Everything you logged stays in your journal, and the earlier start is kept in the path's history.</source>
            <translation>路径将从今天的第 1 天重新开始。你记录的一切都保留在日记中，之前的开始日期也会保存在路径历史里。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="240" />
            <source>Keep going</source>
            <translation>继续当前路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="240" />
            <source>Restart</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/today_tab.py" line="260" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/actions.py" line="33" />
            <source>&amp;Export…</source>
            <extracomment>A backup was chosen and checked: the controller should restore it and reopen. Something was imported: the tabs should show it. A short line for the status bar.</extracomment>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/actions.py" line="35" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/actions.py" line="37" />
            <source>&amp;Backups…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/actions.py" line="90" />
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/actions.py" line="106" />
            <source>Backup saved as %1 in %2.</source>
            <translation>备份已保存到 %2，文件名为 %1。</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/common.py" line="69" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/transfer/common.py" line="89" />
            <source>%v of %m</source>
            <translation>%v / %m</translation>
        </message>
    </context>
    <context>
        <name>TrendCharts</name>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="70" />
            <source>No category</source>
            <translation>无类别</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="74" />
            <source>nothing in particular</source>
            <translation>没有特别做什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="81" />
            <source>Body scan</source>
            <translation>身体扫描</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="81" />
            <source>Breathing</source>
            <translation>呼吸</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="95" />
            <source>d MMM yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="99" />
            <source>ddd d MMM yyyy</source>
            <translation>yyyy年M月d日 ddd</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="102" />
            <location filename="../../src/securebase/ui/trends/content.py" line="107" />
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="105" />
            <source>{day}, {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="142" />
            <source>Attachment anxiety</source>
            <translation>依恋焦虑</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/content.py" line="142" />
            <source>Attachment avoidance</source>
            <translation>依恋回避</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="67" />
            <source>{count} · avg {mean}</source>
            <extracomment>Painting order of the outline (from the Body scan tab): limbs first, the head last.</extracomment>
            <translation>{count} · 平均 {mean}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="69" />
            <source>{category}: {count} moments, average intensity {mean}</source>
            <translation>{category}：{count} 个时刻，平均强度 {mean}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="72" />
            <source>By category</source>
            <translation>按类别</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="73" />
            <source>Moments (and average intensity)</source>
            <translation>时刻数（及平均强度）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="100" />
            <source>By day and hour</source>
            <translation>按星期和时段</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="101" />
            <source>Hour of the day</source>
            <translation>一天中的时段</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="109" />
            <source>{weekday}, {start}-{end}: {count} moments</source>
            <translation>{weekday} {start}-{end}：{count} 个时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="175" />
            <source>{region}: {count}</source>
            <translation>{region}：{count}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="183" />
            <source>Whole body: {count}</source>
            <translation>全身：{count}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="189" />
            <source>{places}: {count} moments</source>
            <translation>{places}：{count} 个时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="201" />
            <source>{count} ({share}%)</source>
            <translation>{count}（{share}%）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="203" />
            <source>- not on the drawing</source>
            <translation>- 不在人体图上</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="206" />
            <source>{region}: named in {count} of {total} moments</source>
            <translation>{region}：在 {total} 个时刻中被提到 {count} 次</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="209" />
            <source>Places named</source>
            <translation>提到的部位</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="210" />
            <source>Moments that named the place</source>
            <translation>提到该部位的时刻数</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="260" />
            <source>Earliest take shown</source>
            <translation>显示的最早一次作答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="263" />
            <source>Retakes</source>
            <translation>重新作答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="266" />
            <source>Latest take</source>
            <translation>最近一次作答</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_patterns.py" line="274" />
            <source>{date}: anxiety {anxiety}, avoidance {avoidance}</source>
            <translation>{date}：焦虑 {anxiety}，回避 {avoidance}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="46" />
            <source>MMMM yyyy</source>
            <extracomment>Points at the same whole-number intensity are spread this far apart vertically.</extracomment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="47" />
            <source>Week of {date}</source>
            <translation>{date} 那一周</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="84" />
            <source>Days ahead</source>
            <translation>之后的日子</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="91" />
            <source>After the path</source>
            <translation>路径之后</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="96" />
            <source>Step {n}</source>
            <translation>第 {n} 步</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="102" />
            <source>The 50-day path</source>
            <translation>50 天路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="112" />
            <source>Each moment</source>
            <translation>每个时刻</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="116" />
            <source>{when}: intensity {value}</source>
            <translation>{when}：强度 {value}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="119" />
            <source>(afterwards {value})</source>
            <translation>（事后 {value}）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="129" />
            <source>Daily average</source>
            <translation>每日平均</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="130" />
            <source>{day}: daily average {mean} ({count} moments)</source>
            <translation>{day}：每日平均 {mean}（{count} 个时刻）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="138" />
            <source>7-day average</source>
            <translation>7 天平均</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="139" />
            <source>7 days to {day}: average {mean}</source>
            <translation>截至 {day} 的 7 天：平均 {mean}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="146" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="146" />
            <source>Intensity (0 = none, 10 = strongest)</source>
            <translation>强度（0 = 没有，10 = 最强）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="186" />
            <source>At the moment</source>
            <translation>当时</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="188" />
            <source>Afterwards</source>
            <translation>事后</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="190" />
            <source>{bucket}, {regulation}: {before} at the moment, {after} afterwards ({count} moments)</source>
            <translation>{bucket}，{regulation}：当时 {before}，事后 {after}（{count} 个时刻）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="198" />
            <source>{regulation}: {count} moments, {before} → {after} on average</source>
            <translation>{regulation}：{count} 个时刻，平均 {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="208" />
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="303" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="208" />
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="303" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="209" />
            <source>Intensity (0-10) for each way of settling</source>
            <translation>每种平复方法对应的强度（0-10）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="265" />
            <source>{kind} {minutes} min</source>
            <translation>{kind} {minutes} 分钟</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="268" />
            <source>{bucket}: {parts} ({count} sessions)</source>
            <translation>{bucket}：{parts}（{count} 次练习）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="275" />
            <source>Minutes per week</source>
            <translation>每周分钟数</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="276" />
            <source>Minutes per month</source>
            <translation>每月分钟数</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="284" />
            <source>Calm before</source>
            <translation>练习前的平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="286" />
            <source>Calm after</source>
            <translation>练习后的平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="290" />
            <source>{bucket}: calm {before} before, {after} after ({count} sessions)</source>
            <translation>{bucket}：平静程度练习前 {before}，练习后 {after}（{count} 次练习）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="298" />
            <source>Rate how calm you feel before and after a session to see this line.</source>
            <translation>在练习前后为自己的平静程度打分，就能看到这条线。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/draw_time.py" line="304" />
            <source>Calm (0-10)</source>
            <translation>平静程度（0-10）</translation>
        </message>
    </context>
    <context>
        <name>TrendsControls</name>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="69" />
            <source>Time range</source>
            <translation>时间范围</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="70" />
            <source>Last 2 weeks</source>
            <translation>最近 2 周</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="71" />
            <source>The 50-day path</source>
            <translation>50 天路径</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="72" />
            <source>Last 3 months</source>
            <translation>最近 3 个月</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="73" />
            <source>Last year</source>
            <translation>最近一年</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="74" />
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="77" />
            <source>&amp;Show:</source>
            <translation>显示(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="82" />
            <source>Trigger category</source>
            <translation>触发类别</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="86" />
            <source>&amp;Category:</source>
            <translation>类别(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="90" />
            <source>Save as &amp;PNG image…</source>
            <translation>另存为 PNG 图片(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="93" />
            <source>Save as &amp;SVG drawing…</source>
            <translation>另存为 SVG 矢量图(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="104" />
            <source>Save chart…</source>
            <translation>保存图表…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="105" />
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="106" />
            <source>Save this chart as a PNG image (Ctrl+S) or an SVG drawing (Ctrl+Shift+S). It is written only where you choose.</source>
            <translation>把这张图表保存为 PNG 图片（Ctrl+S）或 SVG 矢量图（Ctrl+Shift+S）。它只会写到你选择的位置。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="153" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/trends/controls.py" line="166" />
            <source>This chart is not about trigger moments, so categories do not apply.</source>
            <translation>这张图表与触发时刻无关，所以不适用类别筛选。</translation>
        </message>
    </context>
    <context>
        <name>TrendsTab</name>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="57" />
            <source>Intensity over time</source>
            <extracomment>A resize is drawn again once the user has stopped resizing for this long. The chosen chart (or its empty state) is on screen for the current choice; the argument is the chart's name ("intensity", "regulation"…).</extracomment>
            <translation>强度随时间的变化</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="58" />
            <source>Regulation effect</source>
            <translation>调节的效果</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="59" />
            <source>What sets me off</source>
            <translation>什么会触发我</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="60" />
            <source>Where I feel it</source>
            <translation>我在哪里感觉到</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="61" />
            <source>Practice</source>
            <translation>练习</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="62" />
            <source>Assessment path</source>
            <translation>评估轨迹</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="65" />
            <source>Trigger intensity over time</source>
            <translation>触发强度随时间的变化</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="66" />
            <source>Intensity at the moment and afterwards, by what helped you settle</source>
            <translation>当时与事后的强度，按帮助你平静下来的方法分组</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="68" />
            <source>What sets me off: categories, days and hours</source>
            <translation>什么会触发我：类别、星期和时段</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="69" />
            <source>Where I feel it: places in the body named in trigger moments</source>
            <translation>我在哪里感觉到：触发时刻中提到的身体部位</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="71" />
            <source>Practice: body scan and breathing minutes, and calm before and after</source>
            <translation>练习：身体扫描和呼吸练习的分钟数，以及练习前后的平静程度</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="73" />
            <source>Assessment path: every take on the anxiety and avoidance map</source>
            <translation>评估轨迹：每一次作答在焦虑与回避图上的位置</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="302" />
            <source>The charts could not be drawn just now. Your entries are safe; please try again by switching tabs.</source>
            <translation>图表暂时无法绘制。你的记录是安全的；请切换一下标签页再试。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="348" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="348" />
            <source>Save chart as PNG image</source>
            <translation>把图表保存为 PNG 图片</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="350" />
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="350" />
            <source>Save chart as SVG drawing</source>
            <translation>把图表保存为 SVG 矢量图</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="363" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="367" />
            <source>Saved as {name}</source>
            <translation>已保存为 {name}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="372" />
            <source>Chart not saved</source>
            <translation>图表未保存</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/tabs/trends_tab.py" line="373" />
            <source>The chart could not be saved there. Please choose another folder, or check that there is space on the disk.</source>
            <translation>无法把图表保存在那里。请选择其他文件夹，或检查磁盘是否还有空间。</translation>
        </message>
    </context>
    <context>
        <name>TriggerForm</name>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="53" />
            <source>Intensity right now, 0 to 10</source>
            <translation>此刻的强度，0 到 10</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="54" />
            <source>calm</source>
            <translation>平静</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="54" />
            <source>overwhelming</source>
            <translation>难以承受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="56" />
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="121" />
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="57" />
            <source>What happened? A few words are plenty (optional)</source>
            <translation>发生了什么？几个词就够了（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="62" />
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="63" />
            <source>More detail</source>
            <translation>更多细节</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="69" />
            <source>When it happened</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="73" />
            <source>Who it was with</source>
            <translation>和谁在一起</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="74" />
            <source>A name, or leave it empty</source>
            <translation>一个名字，或留空</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="83" />
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="127" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="84" />
            <source>Choose one, or type your own</source>
            <translation>选一个，或自己输入</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="85" />
            <source>Another emotion…</source>
            <translation>其他情绪…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="85" />
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="128" />
            <source>Emotions</source>
            <translation>情绪</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="86" />
            <source>Body sensations</source>
            <translation>身体感觉</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="87" />
            <source>Another sensation…</source>
            <translation>其他感觉…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="88" />
            <source>Where in the body</source>
            <translation>身体的哪个部位</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="89" />
            <source>More about the body</source>
            <translation>关于身体的更多描述</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="90" />
            <source>Anything else your body did (optional)</source>
            <translation>身体的其他反应（可选）</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="91" />
            <source>Automatic thoughts</source>
            <translation>自动思维</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="92" />
            <source>What went through your mind, word for word</source>
            <translation>当时脑中闪过的念头，原话写下</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="96" />
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="130" />
            <source>The urge</source>
            <translation>冲动</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="97" />
            <source>Not noted</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="100" />
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="131" />
            <source>What I did</source>
            <translation>我做了什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="100" />
            <source>What you actually did next</source>
            <translation>你接下来实际做了什么</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="102" />
            <source>Intensity afterwards, 0 to 10</source>
            <translation>事后的强度，0 到 10</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="104" />
            <source>What helped me settle</source>
            <translation>什么帮我平静下来</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="109" />
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="132" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="110" />
            <source>Words to find it by later, separated by commas</source>
            <translation>方便以后查找的关键词，用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="120" />
            <source>How strong is it?</source>
            <translation>有多强烈？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="127" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="127" />
            <source>Who</source>
            <translation>和谁</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="128" />
            <source>In the body</source>
            <translation>身体感受</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="129" />
            <source>Body, in words</source>
            <translation>用文字描述身体</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="129" />
            <source>Where</source>
            <translation>部位</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="130" />
            <source>Thoughts</source>
            <translation>念头</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="131" />
            <source>Afterwards</source>
            <translation>事后</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/journal/trigger_form.py" line="132" />
            <source>What helped</source>
            <translation>有帮助的</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="144" />
            <source>SecureBase — Unlock</source>
            <translation>SecureBase — 解锁</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="145" />
            <source>{title} [DEMO]</source>
            <translation>{title} [演示]</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="152" />
            <source>Welcome back</source>
            <translation>欢迎回来</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="153" />
            <source>Enter your passphrase to open your vault.</source>
            <translation>输入口令，打开你的保险库。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="155" />
            <source>DEMO: this vault holds made-up entries for trying SecureBase out.</source>
            <translation>演示：这个保险库里是虚构的记录，供你试用 SecureBase。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="158" />
            <source>DEMO: this vault holds made-up entries for trying SecureBase out. Its passphrase is: {passphrase}</source>
            <translation>演示：这个保险库里是虚构的记录，供你试用 SecureBase。它的口令是：{passphrase}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="165" />
            <source>&amp;Passphrase</source>
            <translation>口令(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="166" />
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="168" />
            <source>S&amp;how passphrase</source>
            <translation>显示口令(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="181" />
            <source>&amp;Restore the newest good backup…</source>
            <translation>恢复最新的完好备份(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="183" />
            <source>Restore the newest good backup</source>
            <translation>恢复最新的完好备份</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="188" />
            <source>&amp;Forgot your passphrase?</source>
            <translation>忘记口令了？(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="190" />
            <source>Forgot your passphrase?</source>
            <translation>忘记口令了？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="199" />
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="201" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="202" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="204" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="263" />
            <source>Unlocking…</source>
            <translation>正在解锁…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="277" />
            <source>This vault is already open in another SecureBase window or command. Close it there, then try again.</source>
            <translation>这个保险库已经在另一个 SecureBase 窗口或命令中打开。请先在那里关闭，然后再试一次。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="281" />
            <source>The vault could not be opened; nothing was changed. Please try again.</source>
            <translation>无法打开保险库；没有做任何更改。请再试一次。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="290" />
            <source>Type your passphrase first, so the backups can be checked.</source>
            <translation>请先输入口令，以便检查备份。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="294" />
            <source>Looking for the newest good backup…</source>
            <translation>正在查找最新的完好备份…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="301" />
            <source>The vault file is damaged and there is no good backup to restore, so it cannot be opened. Nothing has been changed or deleted.</source>
            <translation>保险库文件已损坏，也没有可以恢复的完好备份，因此无法打开。没有任何内容被更改或删除。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="307" />
            <source>{date} at {time}</source>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="310" />
            <source>The vault file is damaged. The newest good backup is from {when}.</source>
            <translation>保险库文件已损坏。最新的完好备份来自 {when}。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="313" />
            <source>Restore a backup?</source>
            <translation>恢复备份吗？</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="314" />
            <source>The newest good backup is from {when}. Restore it and open it? The damaged vault is kept as a separate backup, so nothing is deleted; anything written after the backup was made is not in it.</source>
            <translation>最新的完好备份来自 {when}。要恢复并打开它吗？损坏的保险库会另存为一份备份，所以不会删除任何东西；但备份之后写下的内容不在其中。</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="317" />
            <source>Not now</source>
            <translation>暂不</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="317" />
            <source>Restore and open</source>
            <translation>恢复并打开</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="324" />
            <source>Restoring the backup and opening it…</source>
            <translation>正在恢复备份并打开…</translation>
        </message>
        <message>
            <location filename="../../src/securebase/ui/unlock_dialog.py" line="334" />
            <source>The backup could not be restored; your vault files are unchanged.</source>
            <translation>无法恢复备份；你的保险库文件没有改变。</translation>
        </message>
    </context>
    <context>
        <name>transfer</name>
        <message>
            <location filename="../../src/securebase/ui/transfer/common.py" line="40" />
            <source>{date}, {time}</source>
            <translation>{date} {time}</translation>
        </message>
    </context>
    <context>
        <name>workers</name>
        <message>
            <location filename="../../src/securebase/ui/workers.py" line="229" />
            <source>SecureBase is not allowed to write in the vault's folder; please check its permissions.</source>
            <translation>SecureBase 没有在保险库文件夹中写入的权限；请检查该文件夹的权限。</translation>
        </message>
    </context>
</TS>
