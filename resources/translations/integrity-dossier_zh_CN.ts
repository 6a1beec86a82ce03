<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
    <message>
        <source>This dossier is closed to you: no one may open, print or export their own dossier or a close relative's.</source>
        <translation>您无权查看此档案：任何人不得查阅、打印或导出本人或直系亲属的廉政档案。</translation>
    </message>
    <message>
        <source>This cadre's unit lies outside the units your account may see.</source>
        <translation>该干部所在单位不在您账户的查阅范围内。</translation>
    </message>
    <message>
        <source>Sign in first: no account is signed in to this database (on the command line: --user NAME).</source>
        <translation>请先登录：当前没有账户登录此数据库（命令行请使用 --user 账户名）。</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: set a password of your own first (in the window: Account → Change Password; on the command line: integrity-dossier user password).</source>
        <translation>您的密码由管理员设置：请先设置您自己的密码（窗口中：账户 → 修改密码；命令行：integrity-dossier user password）。</translation>
    </message>
</context>
<context>
    <name>AccessController</name>
    <message>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>审计日志(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已以 %1（%2）身份登录。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>账户(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%n account change(s) wait for your acknowledgement (Audit Trail).</source>
        <translation>
            <numerusform>有 %n 项账户变更待您确认（审计日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Automatic backup made: %1. The automatic backups take %2 in %3.</source>
        <translation>已自动备份：%1。自动备份共占用 %2，位于 %3。</translation>
    </message>
</context>
<context>
    <name>AccountReview</name>
    <message>
        <source>new account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>role now %1</source>
        <translation>角色改为%1</translation>
    </message>
    <message>
        <source>unit scope changed</source>
        <translation>单位范围变更</translation>
    </message>
    <message>
        <source>linked to a cadre's dossier</source>
        <translation>关联干部档案</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>enabled again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>There is no such account change waiting for acknowledgement.</source>
        <translation>没有这项待确认的账户变更。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password cannot be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>This database already has its administrator.</source>
        <translation>此数据库已有系统管理员。</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>账户需要名称。</translation>
    </message>
    <message>
        <source>This database already has accounts.</source>
        <translation>此数据库已有账户。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>当前没有账户登录。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation>已有名为 %1 的账户。</translation>
    </message>
    <message>
        <source>There is no account number %1.</source>
        <translation>没有编号为 %1 的账户。</translation>
    </message>
    <message>
        <source>You cannot disable the account you are signed in with.</source>
        <translation>不能停用当前登录的账户。</translation>
    </message>
    <message>
        <source>Another security administrator must change your own role.</source>
        <translation>本人的角色须由其他安全保密管理员变更。</translation>
    </message>
    <message>
        <source>Choose at least one unit, or all units.</source>
        <translation>请至少选择一个单位，或选择全部单位。</translation>
    </message>
    <message>
        <source>There is no cadre number %1.</source>
        <translation>没有编号为 %1 的干部。</translation>
    </message>
    <message>
        <source>The name or the password is wrong, or signing in from here is paused for a while after repeated failures.</source>
        <translation>用户名或密码错误，或因多次失败，本机暂停登录一段时间。</translation>
    </message>
    <message>
        <source>This connection to the server is the account %1's own: sign in as %1, or connect to the server with your own account.</source>
        <translation>这个服务器连接属于账户 %1 本人：请以 %1 登录，或用您自己的账户连接服务器。</translation>
    </message>
    <message>
        <source>Only a connection for reading takes another's sign-in.</source>
        <translation>只有只读连接才能沿用他人的登录。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Linked cadre</source>
        <translation>关联干部</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable / Enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>单位范围(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Link to Cadre…</source>
        <translation>关联干部(&amp;L)…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <source>First password (the account must change it when it first signs in):</source>
        <translation>初始密码（账户首次登录时须修改）：</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Link to Cadre</source>
        <translation>关联干部</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>P&amp;erson…</source>
        <translation>人员信息(&amp;E)…</translation>
    </message>
    <message>
        <source>The person's name, as papers print it:</source>
        <translation>本人姓名（纸面上打印的名字）：</translation>
    </message>
    <message>
        <source>The person's post:</source>
        <translation>本人职务：</translation>
    </message>
    <message>
        <source>This account belongs to %1. The account can never open that cadre's dossier, nor those of the cadre's close relatives.</source>
        <translation>此账户属于 %1。该账户永远不能打开该干部及其近亲属的档案。</translation>
    </message>
    <message>
        <source>Choose Another Cadre…</source>
        <translation>另选干部…</translation>
    </message>
    <message>
        <source>Remove the Link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>The Cadre This Account Belongs To</source>
        <translation>此账户所属的干部</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Or only these units, with the units below them:</source>
        <translation>或仅限以下单位（含其下级单位）：</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Clue step</source>
        <translation>线索处置环节</translation>
    </message>
    <message>
        <source>Impact period ending</source>
        <translation>影响期将满</translation>
    </message>
    <message>
        <source>Duty report</source>
        <translation>述责述廉报告</translation>
    </message>
    <message>
        <source>Personal-matters report</source>
        <translation>个人有关事项报告</translation>
    </message>
    <message>
        <source>Fixed supervision week</source>
        <translation>固定监督周</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Rectify by %1: %2</source>
        <translation>应于%1前整改：%2</translation>
    </message>
    <message>
        <source>propose a disposition</source>
        <translation>提出处置意见</translation>
    </message>
    <message>
        <source>the written reply (15 working days)</source>
        <translation>书面回复（15个工作日内）</translation>
    </message>
    <message>
        <source>close the inquiry</source>
        <translation>办结函询</translation>
    </message>
    <message>
        <source>Clue %1, %2 since %3: %4 by %5</source>
        <translation>线索%1，自%3起%2：应于%5前%4</translation>
    </message>
    <message>
        <source>Impact period ends %1; eligible again from %2</source>
        <translation>影响期%1届满，%2起可正常使用</translation>
    </message>
    <message>
        <source>No duty-and-integrity report for %1 (due %2)</source>
        <translation>未报送%1年度述责述廉报告（应于%2前报送）</translation>
    </message>
    <message>
        <source>No personal-matters report for %1 (due %2)</source>
        <translation>未报告%1年度个人有关事项（应于%2前报告）</translation>
    </message>
    <message>
        <source>Fixed supervision week %1 to %2</source>
        <translation>固定监督周（%1至%2）</translation>
    </message>
    <message>
        <source>%1: inspection planned on %2</source>
        <translation>%1：计划于%2开展监督检查</translation>
    </message>
    <message>
        <source>%1: no inspection planned yet</source>
        <translation>%1：尚未安排监督检查</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>案件审理</translation>
    </message>
    <message>
        <source>Case %1: %2 by %3</source>
        <translation>案件%1：%2，期限%3</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>Filter by name, unit or text</source>
        <translation>按姓名、单位或内容筛选</translation>
    </message>
    <message>
        <source>%1 shown of %2; %3 overdue</source>
        <translation>显示%1项，共%2项，其中已逾期%3项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Alerts and To-Do</source>
        <translation>提醒与待办</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <source>Alerts and to-do</source>
        <translation>提醒与待办</translation>
    </message>
    <message>
        <source>Computing what is due…</source>
        <translation>计算中：正在整理待办提醒…</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>Alerts and To-Do</source>
        <translation>提醒与待办</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析研判(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Alerts and To-Do</source>
        <translation>提醒与待办(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>政治生态分析(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copied Self-Examination Materials</source>
        <translation>对照检查材料雷同检查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ArticleBook</name>
    <message>
        <source>Name the regulation the article belongs to.</source>
        <translation>请填写条款所属的法规。</translation>
    </message>
    <message>
        <source>Say whether the article is a party or a government one.</source>
        <translation>请选择是党纪条款还是政务处分条款。</translation>
    </message>
    <message>
        <source>Give the article's number, e.g. 第一百三十二条.</source>
        <translation>请填写条款序号，例如“第一百三十二条”。</translation>
    </message>
    <message>
        <source>Name where the article's text was read from: an article is kept only with its source.</source>
        <translation>请注明条文的出处：没有出处的条款不予保存。</translation>
    </message>
    <message>
        <source>Give the day the article took effect.</source>
        <translation>请填写条款施行日期。</translation>
    </message>
    <message>
        <source>An article cannot stop applying before it took effect.</source>
        <translation>条款的停止适用日期不能早于施行日期。</translation>
    </message>
    <message>
        <source>A %1 article allows only %1 measures.</source>
        <translation>%1条款只能规定%1处分。</translation>
    </message>
    <message>
        <source>party</source>
        <translation>党纪</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政务</translation>
    </message>
    <message>
        <source>%1 already has a version from %2: change that one, or give this version the day it took effect.</source>
        <translation>%1已有自%2施行的版本：请修改该版本，或为这一版本填写其施行日期。</translation>
    </message>
    <message>
        <source>The article to change is no longer there.</source>
        <translation>要修改的条款已不存在。</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>New Article</source>
        <translation>新增条款</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>法规</translation>
    </message>
    <message>
        <source>Party discipline</source>
        <translation>党纪</translation>
    </message>
    <message>
        <source>Government sanctions</source>
        <translation>政务处分</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>e.g. 第一百三十二条</source>
        <translation>例如：第一百三十二条</translation>
    </message>
    <message>
        <source>About</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Text as published</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <source>Applies until</source>
        <translation>适用至</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>停止适用</translation>
    </message>
    <message>
        <source>Lighter circumstances</source>
        <translation>情节较轻</translation>
    </message>
    <message>
        <source>Graver circumstances</source>
        <translation>情节较重</translation>
    </message>
    <message>
        <source>Serious circumstances</source>
        <translation>情节严重</translation>
    </message>
    <message>
        <source>Measures allowed</source>
        <translation>处分幅度</translation>
    </message>
    <message>
        <source>Where the text was read from: an address or a document</source>
        <translation>条文出处：网址或文件名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
</context>
<context>
    <name>ArticlesDialog</name>
    <message>
        <source>Regulation Articles</source>
        <translation>条款表</translation>
    </message>
    <message>
        <source>The articles the facts of a case cite, with the measures each allows at each degree. A new version of an article is added with the day it took effect; the old one keeps its last day.</source>
        <translation>案件事实所引用的条款，以及各条款在不同情节下的处分幅度。条款修订时，新增一个带施行日期的新版本，旧版本填写停止适用日期。</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>法规</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>About</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>适用期间</translation>
    </message>
    <message>
        <source>Lighter circumstances</source>
        <translation>情节较轻</translation>
    </message>
    <message>
        <source>Graver circumstances</source>
        <translation>情节较重</translation>
    </message>
    <message>
        <source>Serious circumstances</source>
        <translation>情节严重</translation>
    </message>
    <message>
        <source>Add an Article…</source>
        <translation>新增条款…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自%1起</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; keep it in the archive and note where.</source>
        <translation>%1 超过 50 MB，请存入档案室并注明存放位置。</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation>附件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AttachmentPage</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Keep a scanned document or file in the dossier (Ctrl+N)</source>
        <translation>将扫描件或文件存入档案（Ctrl+N）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Add a file to the dossier</source>
        <translation>向档案添加文件</translation>
    </message>
    <message>
        <source>Cannot add the file</source>
        <translation>无法添加文件</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>无法保存文件</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <source>No scan is kept with this record yet.</source>
        <translation>这项记录还没有保存扫描件。</translation>
    </message>
    <message>
        <source>%1 cannot be shown here: it is neither an image nor a PDF file. Save it from the dossier's attachments to open it.</source>
        <translation>%1 无法在此显示：它既不是图片也不是 PDF 文件。请从档案的附件中另存后打开。</translation>
    </message>
    <message>
        <source>%1, %2 pages</source>
        <translation>%1，共 %2 页</translation>
    </message>
</context>
<context>
    <name>AuditChanges</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Put back (undo or redo)</source>
        <translation>恢复（撤销或重做）</translation>
    </message>
    <message>
        <source>Clue step</source>
        <translation>线索处置步骤</translation>
    </message>
    <message>
        <source>Clue step taken back</source>
        <translation>撤回线索处置步骤</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>查阅</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>第 %1 条记录与前一条记录不衔接</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>第 %1 条记录在写入后被改动</translation>
    </message>
    <message>
        <source>%1 is not a verification code; a code looks like 18342-K7Q2XZ.</source>
        <translation>%1 不是核验码；核验码形如 18342-K7Q2XZ。</translation>
    </message>
    <message>
        <source>The trail no longer has entry %1, which the paper names.</source>
        <translation>审计日志中已没有纸面核验码所指的第 %1 条记录。</translation>
    </message>
    <message>
        <source>Entry %1 of the trail is not the one the paper was printed after: the trail has been rewritten.</source>
        <translation>审计日志第 %1 条已不是打印该纸面时的那一条：审计日志已被改写。</translation>
    </message>
    <message>
        <source>The paper was printed after entry %1, which the trail still holds unchanged.</source>
        <translation>该纸面打印于审计日志第 %1 条之后，该条记录仍在且未被改动。</translation>
    </message>
</context>
<context>
    <name>AuditSeals</name>
    <message>
        <source>The seal file %1 cannot be read: %2</source>
        <translation>无法读取封签文件 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of the seal file %2 is not a seal.</source>
        <translation>封签文件 %2 的第 %1 行不是封签。</translation>
    </message>
    <message>
        <source>The seal was stored in the database, but its copy could not be written to %1: %2. Check the seal file's place in the settings.</source>
        <translation>封签已存入数据库，但其副本无法写入 %1：%2。请在设置中检查封签文件的位置。</translation>
    </message>
    <message>
        <source>The seal was stored in the database, but its copy could not be written to %1: %2.</source>
        <translation>封签已存入数据库，但其副本无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>it names another database</source>
        <translation>它属于另一个数据库</translation>
    </message>
    <message>
        <source>it is signed by a key this database does not know</source>
        <translation>签名所用的密钥不属于本数据库</translation>
    </message>
    <message>
        <source>its signature does not match what it says</source>
        <translation>签名与封签内容不符</translation>
    </message>
    <message>
        <source>the trail no longer has the entry it sealed</source>
        <translation>审计日志中已没有它所封存的那条记录</translation>
    </message>
    <message>
        <source>the entry it sealed has been rewritten</source>
        <translation>它所封存的记录已被改写</translation>
    </message>
    <message>
        <source>it is missing from the seal file %1</source>
        <translation>封签文件 %1 中没有它</translation>
    </message>
    <message>
        <source>it is in the seal file but no longer in the database</source>
        <translation>封签文件中有它，数据库中却已没有</translation>
    </message>
    <message>
        <source>%1 no longer matches: %2.</source>
        <translation>%1 不再相符：%2。</translation>
    </message>
    <message>
        <source>the seal of %1 by %2 over %3 entries</source>
        <translation>%2 于 %1 对前 %3 条记录所作的封签</translation>
    </message>
    <message>
        <source>The restored trail has no restore entry to seal.</source>
        <translation>恢复后的审计日志中没有可封签的恢复记录。</translation>
    </message>
    <message>
        <source>%1 sealed the trail that the restore of %2 by %3 replaced (%4 entries then).</source>
        <translation>%1 封签的是 %3 于 %2 恢复时所替换的审计日志（当时共 %4 条）。</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>链头</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Up to entry</source>
        <translation>截至条目</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>包含部分</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变动内容</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Database identity</source>
        <translation>数据库标识</translation>
    </message>
    <message>
        <source>Replaced database</source>
        <translation>被替换的数据库</translation>
    </message>
    <message>
        <source>Replaced trail's entries</source>
        <translation>被替换审计日志条数</translation>
    </message>
    <message>
        <source>Replaced trail's head</source>
        <translation>被替换审计日志链头</translation>
    </message>
    <message>
        <source>Replaced trail's newest seal</source>
        <translation>被替换审计日志最近封签</translation>
    </message>
    <message>
        <source>With closed clues</source>
        <translation>含已了结线索</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Dossier viewed</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account linked to a cadre</source>
        <translation>账户关联干部</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Account's person changed</source>
        <translation>修改账户使用人信息</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Unit scope changed</source>
        <translation>变更单位范围</translation>
    </message>
    <message>
        <source>Account change acknowledged</source>
        <translation>确认账户变更</translation>
    </message>
    <message>
        <source>Trail sealed</source>
        <translation>审计封签</translation>
    </message>
    <message>
        <source>Trail exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Statistics rebuilt</source>
        <translation>重建统计</translation>
    </message>
    <message>
        <source>Demo data made</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>其他操作</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封签</translation>
    </message>
    <message>
        <source>Summary template</source>
        <translation>档案摘要模板</translation>
    </message>
    <message>
        <source>Integrity opinion reply</source>
        <translation>党风廉政意见回复</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Dossier summary</source>
        <translation>档案摘要</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>审理报告</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审理意见书</translation>
    </message>
    <message>
        <source>Sanction decision (draft)</source>
        <translation>处分决定书（草稿）</translation>
    </message>
    <message>
        <source>Review talk record</source>
        <translation>审理谈话笔录</translation>
    </message>
    <message>
        <source>Review package sent</source>
        <translation>发出审理包</translation>
    </message>
    <message>
        <source>Return package made</source>
        <translation>制作回传包</translation>
    </message>
    <message>
        <source>Return package merged</source>
        <translation>合并回传包</translation>
    </message>
    <message>
        <source>Review copy opened</source>
        <translation>打开审理副本</translation>
    </message>
    <message>
        <source>Regulation article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Review package</source>
        <translation>审理包</translation>
    </message>
    <message>
        <source>Moved to the server</source>
        <translation>迁移到服务器</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>变更前 → 变更后</translation>
    </message>
    <message>
        <source># chain: %1, %2 entries, head %3</source>
        <translation># 审计链：%1，共 %2 条记录，链头 %3</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>BROKEN at entry %1</source>
        <translation>在第 %1 条记录处断裂</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(a deleted cadre)</source>
        <translation>（已删除的干部）</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>chain: %1, %2 entries, head %3</source>
        <translation>审计链：%1，共 %2 条，链头 %3</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit Trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>dossier views</source>
        <translation>查阅档案</translation>
    </message>
    <message>
        <source>prints</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>new records</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deletions</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>sign-ins</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>refusals</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>accounts and roles</source>
        <translation>账户与角色</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>restores</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown. The chain of %1 entries is intact; its head is %2.</source>
        <translation>
            <numerusform>显示 %n 条记录。审计链共 %1 条记录，完好无损；链头为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is BROKEN: %1.</source>
        <translation>审计链已断裂：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1 with the chain head.</source>
        <translation>
            <numerusform>已将 %n 条记录连同链头导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>封签</translation>
    </message>
    <message>
        <source>&amp;Seal the Trail</source>
        <translation>封签审计日志(&amp;S)</translation>
    </message>
    <message>
        <source>Sign the trail as it stands with your key, in the database and in the seal file outside it</source>
        <translation>用您的密钥对当前审计日志签名封存，存入数据库并写入库外的封签文件</translation>
    </message>
    <message>
        <source>The trail has not been sealed yet.</source>
        <translation>审计日志尚未封签。</translation>
    </message>
    <message numerus="yes">
        <source>%n seal(s) checked, all of them matching.</source>
        <translation>
            <numerusform>已核对 %n 个封签，全部相符。</numerusform>
        </translation>
    </message>
    <message>
        <source>SEALS BROKEN: %1</source>
        <translation>封签失效：%1</translation>
    </message>
    <message>
        <source>Nothing was sealed: your account has no signing key until you have set a password of your own.</source>
        <translation>未封签：在您设置自己的密码之前，您的账户没有签名密钥。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge Account Changes</source>
        <translation>确认账户变更(&amp;A)</translation>
    </message>
    <message>
        <source>Record in the trail that you have read the account changes listed above</source>
        <translation>在审计日志中记下您已阅读上列账户变更</translation>
    </message>
    <message>
        <source>No account change waits for your acknowledgement.</source>
        <translation>没有待您确认的账户变更。</translation>
    </message>
    <message numerus="yes">
        <source>%n account change(s) wait for your acknowledgement:</source>
        <translation>
            <numerusform>有 %n 项账户变更待您确认：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2: %3, by %4</source>
        <translation>%1  %2：%3，操作人 %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (filter by "accounts and roles").</source>
        <translation>
            <numerusform>另有 %n 项（按“账户与角色”筛选查看）。</numerusform>
        </translation>
    </message>
    <message>
        <source>cadre's name or dossier number</source>
        <translation>干部姓名或档案编号</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <source>At least one automatic backup must be kept.</source>
        <translation>至少须保留一份自动备份。</translation>
    </message>
    <message>
        <source>A database held only in memory has no file to back up.</source>
        <translation>仅存于内存中的数据库没有可备份的文件。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written there: the place is read-only or not writable. Choose another place.</source>
        <translation>无法在该处写入备份 %1：该位置只读或不可写。请另选位置。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>未能写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: the disk is full. Free some space or choose another place; no backup file was left behind.</source>
        <translation>未能写入备份 %1：磁盘已满。请腾出空间或另选位置；未留下任何备份文件。</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1; nothing was kept.</source>
        <translation>备份未能命名为 %1；未保留任何文件。</translation>
    </message>
</context>
<context>
    <name>BackupCrypto</name>
    <message>
        <source>The encrypted file's header is damaged.</source>
        <translation>加密文件的文件头已损坏。</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法由口令生成密钥。</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: the passphrase is wrong or the file was changed or cut short.</source>
        <translation>无法解密 %1：口令错误，或文件已被修改或截断。</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Integrity Dossier file.</source>
        <translation>%1 不是廉政档案的加密文件。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (for a copy that leaves this PC)</source>
        <translation>用口令加密(&amp;E)（副本将带离本机时）</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>The copy is checked after it is written. Keep the passphrase apart from the copy: without it the copy cannot be restored.</source>
        <translation>副本写入后会自动校验。口令请与副本分开保管：没有口令，副本无法恢复。</translation>
    </message>
    <message>
        <source>Back &amp;Up</source>
        <translation>备份(&amp;U)</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>备份文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name the file to back up to.</source>
        <translation>请指定备份文件。</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file. Choose another name.</source>
        <translation>%1 已存在；备份从不覆盖已有文件，请另选文件名。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message numerus="yes">
        <source>%n automatic backup(s) in %1 take %2; at most %3 are kept, in at most %4.</source>
        <translation>
            <numerusform>%1 中的 %n 份自动备份占用 %2；最多保留 %3 份，总计不超过 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a database backup.</source>
        <translation>%1 不是数据库备份。</translation>
    </message>
    <message>
        <source>%1 is not a backup of an Integrity Dossier database.</source>
        <translation>%1 不是廉政档案数据库的备份。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Integrity Dossier; update the program before restoring it.</source>
        <translation>%1 由更新版本的廉政档案写入；请先升级程序再恢复。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase.</source>
        <translation>%1 已加密：请提供口令。</translation>
    </message>
    <message>
        <source>%1 cannot be copied beside %2.</source>
        <translation>无法将 %1 复制到 %2 旁。</translation>
    </message>
    <message>
        <source>The backup cannot be put in place of %1; nothing was restored.</source>
        <translation>无法用备份替换 %1；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: the disk is full. Free some space or choose another place; no backup file was left behind.</source>
        <translation>无法写入备份 %1：磁盘已满。请腾出空间或另选位置；未留下任何备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written there: the place is read-only or not writable. Choose another place.</source>
        <translation>无法在该处写入备份 %1：该位置只读或不可写。请另选位置。</translation>
    </message>
    <message>
        <source>A database held only in memory has no file to back up.</source>
        <translation>仅存在于内存中的数据库没有可备份的文件。</translation>
    </message>
    <message>
        <source>some of its records point to records that do not exist</source>
        <translation>其中有记录指向不存在的记录</translation>
    </message>
    <message>
        <source>its audit trail is broken (%1)</source>
        <translation>其审计日志已断裂（%1）</translation>
    </message>
    <message>
        <source>its audit trail has lost entries</source>
        <translation>其审计日志缺失记录</translation>
    </message>
    <message>
        <source>%1 cannot be trusted: %2</source>
        <translation>%1 不可信：%2</translation>
    </message>
    <message>
        <source>%1 is a backup of another database, not of %2; nothing was restored. To put another commission's or another file's database in its place, confirm it (on the command line: --other-database).</source>
        <translation>%1 是另一个数据库的备份，不是 %2 的备份；未作任何恢复。如确需以其他纪委监委或其他文件的数据库替换，请确认（命令行：--other-database）。</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside; nothing was restored.</source>
        <translation>无法另行保存 %1；未作任何恢复。</translation>
    </message>
    <message>
        <source>%1 is being written by another program; try again in a moment.</source>
        <translation>%1 正被其他程序写入；请稍后再试。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The encrypted backup did not read back as the database; nothing was kept. Try again, or choose another place.</source>
        <translation>加密备份读回后与数据库不一致；未保留任何文件。请重试，或选择其他位置。</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1; nothing was kept.</source>
        <translation>备份无法命名为 %1，未保留任何文件。</translation>
    </message>
    <message>
        <source>The database is on the commission's server: its backups are made there, by the server's administrator with pg_dump, not by this program (see "Backups" in the server guide). To keep a copy of the dossiers on this computer, export them.</source>
        <translation>数据库在委机关的服务器上：其备份由服务器管理员用 pg_dump 在服务器上进行，不由本程序进行（见服务器说明中的“备份”一节）。如需在本机保留一份档案，请导出。</translation>
    </message>
    <message>
        <source>The database is on the commission's server: a backup of it is restored there, by the server's administrator with pg_restore into a new database, checked and then put in place (see "Backups" in the server guide). A single-PC backup is moved onto a server with migrate.</source>
        <translation>数据库在委机关的服务器上：其备份由服务器管理员用 pg_restore 恢复到一个新数据库，核验后再替换（见服务器说明中的“备份”一节）。单机版的备份用 migrate 迁移到服务器。</translation>
    </message>
</context>
<context>
    <name>BasicInfoPage</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Edit basic information…</source>
        <translation>编辑基本信息…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Top leader</source>
        <translation>一把手</translation>
    </message>
    <message>
        <source>Position history</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>调任…</translation>
    </message>
    <message>
        <source>To another unit or post, with the position history kept</source>
        <translation>调往其他单位或职务，并记入任职经历</translation>
    </message>
</context>
<context>
    <name>CadreDirectoryModel</name>
    <message>
        <source>Impact period</source>
        <translation>影响期</translation>
    </message>
    <message>
        <source>Expelled from public employment: the impact never ends.</source>
        <translation>已被开除公职，影响无期限。</translation>
    </message>
    <message>
        <source>Inside an impact period until %1.</source>
        <translation>处于影响期内，至 %1。</translation>
    </message>
    <message>
        <source>Clues %1</source>
        <translation>线索 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s) still being disposed.</source>
        <translation>
            <numerusform>有 %n 件问题线索正在处置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) past the deadline.</source>
        <translation>
            <numerusform>有 %n 项整改已超过期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>No duty report</source>
        <translation>未述责述廉</translation>
    </message>
    <message>
        <source>No duty-and-integrity report for %1.</source>
        <translation>未提交 %1 年度述责述廉报告。</translation>
    </message>
    <message>
        <source>No longer serving.</source>
        <translation>已不在职。</translation>
    </message>
    <message>
        <source>Top leader of the unit</source>
        <translation>本单位一把手</translation>
    </message>
    <message>
        <source>Top leader (principal leader of the unit)</source>
        <translation>一把手（单位主要负责人）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Top leader</source>
        <translation>一把手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>档案编号</translation>
    </message>
</context>
<context>
    <name>CadreMatcher</name>
    <message>
        <source>%1 cadres called %2 could be meant: give the identity number</source>
        <translation>可能是 %1 名叫%2的干部中的任一人：请填写身份证号</translation>
    </message>
    <message>
        <source>the identity number %1 is %2's, not %3's</source>
        <translation>身份证号 %1 属于 %2，不是 %3</translation>
    </message>
    <message>
        <source>no cadre called %1 in %2: import the roster first, or correct the name or the unit</source>
        <translation>%2 没有名为 %1 的干部：请先导入花名册，或更正姓名、单位</translation>
    </message>
    <message>
        <source>no cadre called %1 in the directory: import the roster first, or correct the name</source>
        <translation>干部名册中没有名为 %1 的干部：请先导入花名册，或更正姓名</translation>
    </message>
    <message>
        <source>%1 cadres called %2 could be meant: give the unit, the date of birth or the identity number</source>
        <translation>有 %1 名名为 %2 的干部，无法确定是哪一位：请填写单位、出生年月或身份证号</translation>
    </message>
</context>
<context>
    <name>CadrePickerDialog</name>
    <message>
        <source>Choose a cadre</source>
        <translation>选择干部</translation>
    </message>
    <message>
        <source>Name, pinyin initials, unit or position</source>
        <translation>姓名、拼音首字母、单位或职务</translation>
    </message>
</context>
<context>
    <name>CaseDecision</name>
    <message>
        <source>There is no such review.</source>
        <translation>没有这次审理。</translation>
    </message>
    <message>
        <source>This review was decided on %1 already; an appeal opens a new one.</source>
        <translation>这次审理已于%1作出决定；申诉须另开一次审理。</translation>
    </message>
    <message>
        <source>Give the day of the decision.</source>
        <translation>请填写决定日期。</translation>
    </message>
    <message>
        <source>The decision cannot come before the case was received for review (%1).</source>
        <translation>决定日期不能早于案件受理审理的日期（%1）。</translation>
    </message>
    <message>
        <source>No measure is proposed in this review: propose one for each subject before the decision is recorded.</source>
        <translation>这次审理还没有拟处理意见：登记决定之前，请为每名被审查调查人提出拟处理意见。</translation>
    </message>
    <message>
        <source>Recorded with the decision on case %1.</source>
        <translation>随案件%1的处分决定一并登记。</translation>
    </message>
    <message>
        <source>An appeal is against a decision: this case has none yet.</source>
        <translation>申诉针对的是处分决定，而本案尚未作出决定。</translation>
    </message>
    <message>
        <source>An appeal is received after the decision (%1).</source>
        <translation>申诉应在决定作出（%1）之后受理。</translation>
    </message>
</context>
<context>
    <name>CaseDecisionDialog</name>
    <message>
        <source>Record the Decision</source>
        <translation>登记处分决定</translation>
    </message>
    <message>
        <source>Record an Appeal</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Appeal received on</source>
        <translation>申诉受理日期</translation>
    </message>
    <message>
        <source>e.g. the standing committee of the county commission</source>
        <translation>例如：县纪委常委会</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定文号</translation>
    </message>
</context>
<context>
    <name>CaseFileLoader</name>
    <message>
        <source>not yet received for review</source>
        <translation>尚未移送审理</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>正在审理</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已作出决定</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>没有这个案件。</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>%1 (not in the articles table)</source>
        <translation>%1（条款表中没有）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>违纪违法事实</translation>
    </message>
    <message>
        <source>Committed until</source>
        <translation>行为截至</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>情节</translation>
    </message>
    <message>
        <source>Articles violated</source>
        <translation>违反条款</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>违纪违法事实</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>What it is and what it proves</source>
        <translation>证据内容及证明事项</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>取证日期</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>是否采纳</translation>
    </message>
    <message>
        <source>Statements and Defence</source>
        <translation>陈述和申辩</translation>
    </message>
    <message>
        <source>Proposed measure and its checks</source>
        <translation>拟处理意见及审核结果</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Proposed Measures</source>
        <translation>拟处理意见</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Print a Paper…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <source>Record the Decision…</source>
        <translation>登记处分决定…</translation>
    </message>
    <message>
        <source>Record an Appeal…</source>
        <translation>登记申诉…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Attach a Scan…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <source>View Scans…</source>
        <translation>查看扫描件…</translation>
    </message>
    <message>
        <source>Attach a scan to the evidence</source>
        <translation>为证据附加扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the case file</source>
        <translation>无法打开案卷</translation>
    </message>
    <message>
        <source>Case File %1</source>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>Case %1, filed on %2</source>
        <translation>案件%1，%2立案</translation>
    </message>
    <message>
        <source>from clue %1</source>
        <translation>来自线索%1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>%1办结</translation>
    </message>
    <message>
        <source>%1 received on %2</source>
        <translation>%1，%2受理</translation>
    </message>
    <message>
        <source>Not yet received for review.</source>
        <translation>尚未移送审理。</translation>
    </message>
    <message>
        <source> (top leader)</source>
        <translation>（一把手）</translation>
    </message>
    <message>
        <source> (team member)</source>
        <translation>（班子成员）</translation>
    </message>
    <message numerus="yes">
        <source> (%n months)</source>
        <translation>
            <numerusform>（%n个月）</numerusform>
        </translation>
    </message>
    <message>
        <source> — decided on %1</source>
        <translation> — %1已作出决定</translation>
    </message>
    <message>
        <source>Party and government measures</source>
        <translation>党纪处分与政务处分</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Done in time</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>Review extended to %1, approved by %2</source>
        <translation>审理期限延长至%1，批准人：%2</translation>
    </message>
    <message>
        <source>Review Report</source>
        <translation>审理报告</translation>
    </message>
    <message>
        <source>Review Opinion</source>
        <translation>审理意见书</translation>
    </message>
    <message>
        <source>Sanction Decision (Draft) for %1</source>
        <translation>%1的处分决定书（草稿）</translation>
    </message>
    <message>
        <source>Sanction Decision (Draft)</source>
        <translation>处分决定书（草稿）</translation>
    </message>
    <message>
        <source>Review Talk Record for %1</source>
        <translation>%1的审理谈话笔录</translation>
    </message>
    <message>
        <source>Review Talk Record</source>
        <translation>审理谈话笔录</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Review Details…</source>
        <translation>审理情况…</translation>
    </message>
    <message>
        <source>Receive for Review…</source>
        <translation>受理审理…</translation>
    </message>
    <message numerus="yes">
        <source>The %n proposed measure(s) of this review are written into the subjects' dossiers, effective on the day of the decision, and the case is closed.</source>
        <translation>
            <numerusform>这次审理的 %n 项拟处理意见将写入被审查调查人的廉政档案，自决定之日起生效，案件随之办结。</numerusform>
        </translation>
    </message>
    <message>
        <source>An appeal opens a new review of the case; the decision and its measures stay as they are until that review is decided.</source>
        <translation>申诉将开始对本案的一次新的审理（复查）；在复查作出决定之前，原决定及其处分保持不变。</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <source>Choose the item of evidence the scan belongs to first.</source>
        <translation>请先选中扫描件所属的证据。</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>无法附加该文件</translation>
    </message>
    <message>
        <source>Send for Offline Review…</source>
        <translation>发送单机审理…</translation>
    </message>
    <message>
        <source>The case file as an encrypted review package, for a reviewer on a stand-alone computer.</source>
        <translation>把案卷制成加密的审理包，供审理人员在单机上审理。</translation>
    </message>
    <message>
        <source>Case File %1 — Review Copy</source>
        <translation>案卷 %1 — 审理副本</translation>
    </message>
    <message>
        <source>Nothing Written</source>
        <translation>未写入</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>its check digit is wrong (the last character should be %1)</source>
        <translation>校验码不对（最后一位应为 %1）</translation>
    </message>
    <message>
        <source>an identity number has 18 characters (17 digits and a digit or X)</source>
        <translation>身份证号应为18位（17位数字加一位数字或X）</translation>
    </message>
    <message>
        <source>it holds no valid birth date</source>
        <translation>其中的出生日期无效</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变动内容</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CluePage</name>
    <message>
        <source>Problem clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Disposition steps</source>
        <translation>处置步骤</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Record the clue's next step; only the steps its workflow allows are offered</source>
        <translation>登记线索的下一处置步骤，仅提供流程允许的步骤</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Next step due by %1</source>
        <translation>下一步应于 %1 前完成</translation>
    </message>
</context>
<context>
    <name>ClueStateMachine</name>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分办</translation>
    </message>
    <message>
        <source>Disposition proposed</source>
        <translation>拟处置</translation>
    </message>
    <message>
        <source>Talk or letter inquiry</source>
        <translation>谈话函询</translation>
    </message>
    <message>
        <source>Inquiry replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>初步核实</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>暂存待查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>予以了结</translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移送</translation>
    </message>
</context>
<context>
    <name>ClueStepDialog</name>
    <message>
        <source>Next step of clue %1</source>
        <translation>线索 %1 的下一步</translation>
    </message>
    <message>
        <source>Leader who approved the step</source>
        <translation>批准该步骤的领导</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outcome for the cadres</source>
        <translation>对相关干部的处理结果</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ClueStepsModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>The account to sign in with (else INTEGRITY_DOSSIER_USER); the password comes from INTEGRITY_DOSSIER_PASSWORD or is asked for.</source>
        <translation>登录所用的账户（否则取 INTEGRITY_DOSSIER_USER）；密码取自 INTEGRITY_DOSSIER_PASSWORD，或提示输入。</translation>
    </message>
    <message>
        <source>Sign in with --user NAME (or INTEGRITY_DOSSIER_USER); the password comes from INTEGRITY_DOSSIER_PASSWORD or is asked for.</source>
        <translation>请用 --user 账户名（或 INTEGRITY_DOSSIER_USER）登录；密码取自 INTEGRITY_DOSSIER_PASSWORD，或提示输入。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The database file, or a server database as postgresql://server/database.</source>
        <translation>数据库文件，或服务器上的数据库（形如 postgresql://server/database）。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Measure the speed bars through the classes the window uses (medians, ms).</source>
        <translation>通过窗口所用的类测量各项速度指标（中位数，毫秒）。</translation>
    </message>
    <message>
        <source>Runs per measurement (21).</source>
        <translation>每项测量的运行次数（21）。</translation>
    </message>
    <message>
        <source>The statistics year (2025).</source>
        <translation>统计年度（2025）。</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>--repeat takes a positive number.</source>
        <translation>--repeat 须为正整数。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025.</source>
        <translation>--year 须为年份，例如 2025。</translation>
    </message>
    <message>
        <source>The database holds no cadres; run demo first.</source>
        <translation>数据库中没有干部，请先运行 demo。</translation>
    </message>
    <message>
        <source>%1 cadres, %2 runs each; milliseconds</source>
        <translation>共 %1 名干部，每项运行 %2 次；单位：毫秒</translation>
    </message>
    <message>
        <source>OVER BAR</source>
        <translation>超出指标</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>schema version: %1 of %2</source>
        <translation>数据库结构版本：%1 / %2</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>foreign keys: %1</source>
        <translation>外键：%1</translation>
    </message>
    <message>
        <source>search index: %1</source>
        <translation>检索索引：%1</translation>
    </message>
    <message>
        <source>audit chain: %1 (%2 entries, head %3)</source>
        <translation>审计链：%1（共 %2 条记录，最新 %3）</translation>
    </message>
    <message>
        <source>The random seed (20241).</source>
        <translation>随机种子（20241）。</translation>
    </message>
    <message>
        <source>The last day of the records (2026-11-20).</source>
        <translation>记录的截止日期（2026-11-20）。</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed 须为 0 至 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>--today takes a date from 2021-07-01 on, written YYYY-MM-DD.</source>
        <translation>--today 须为 2021-07-01 及以后的日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1 already holds dossiers; choose a new file.</source>
        <translation>%1 中已有档案，请另选一个新文件。</translation>
    </message>
    <message>
        <source>Demo data for %1: %2 scale, seed %3, records up to %4.</source>
        <translation>%1 的演示数据：规模 %2，随机种子 %3，记录截至 %4。</translation>
    </message>
    <message>
        <source>%1 records in %2 s.</source>
        <translation>%2 秒内生成 %1 条记录。</translation>
    </message>
    <message>
        <source>Scenario cadres (id, name, unit, opinion category as of 2026-11-20):</source>
        <translation>情景干部（编号、姓名、单位、截至 2026-11-20 的意见类别）：</translation>
    </message>
    <message>
        <source>The interchange file to write.</source>
        <translation>要写入的交换文件。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行至 %2。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 (%3).</source>
        <translation>已导出 %1 行至 %2（%3）。</translation>
    </message>
    <message>
        <source>The interchange file to read.</source>
        <translation>要读取的交换文件。</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2.</source>
        <translation>已导入 %1 行至 %2。</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 (%3).</source>
        <translation>已导入 %1 行至 %2（%3）。</translation>
    </message>
    <message>
        <source>List cadres matching a name, pinyin initials, unit or position.</source>
        <translation>列出姓名、拼音首字母、单位或职务相符的干部。</translation>
    </message>
    <message>
        <source>The search text.</source>
        <translation>检索内容。</translation>
    </message>
    <message>
        <source>At most this many rows (200).</source>
        <translation>最多显示的行数（200）。</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit 须为正整数。</translation>
    </message>
    <message>
        <source>%1 of %2 cadres shown</source>
        <translation>显示 %1 名，共 %2 名干部</translation>
    </message>
    <message>
        <source>Decide the integrity-opinion category (1-6) of cadres as of a date.</source>
        <translation>判定干部截至某日的党风廉政意见类别（1–6）。</translation>
    </message>
    <message>
        <source>Cadre ids, separated by commas.</source>
        <translation>干部编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD); today if not given.</source>
        <translation>日期（YYYY-MM-DD），不填则为今天。</translation>
    </message>
    <message>
        <source>--cadre takes cadre ids separated by commas, e.g. 12,15.</source>
        <translation>--cadre 须为以逗号分隔的干部编号，例如 12,15。</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation>--as-of 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>There is no cadre with id %1.</source>
        <translation>没有编号为 %1 的干部。</translation>
    </message>
    <message>
        <source>The year's work statistics.</source>
        <translation>本年度工作统计。</translation>
    </message>
    <message>
        <source>The year, e.g. 2025.</source>
        <translation>年度，例如 2025。</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1"; the subcommands are: %2.</source>
        <translation>未知的子命令“%1”；可用的子命令有：%2。</translation>
    </message>
    <message>
        <source>What the opinions are for (e.g. 干部拟提拔任用); stores the batch of answers.</source>
        <translation>征求意见的用途（如“干部拟提拔任用”）；给出时保存本批回复。</translation>
    </message>
    <message>
        <source>Who asked for the opinions; the county party committee's organization department if not given.</source>
        <translation>征求意见的单位；不填时为县委组织部。</translation>
    </message>
    <message>
        <source>The number of the request letter.</source>
        <translation>征求意见函的文号。</translation>
    </message>
    <message>
        <source>The date of the request (YYYY-MM-DD); the --as-of date if not given.</source>
        <translation>来函日期（YYYY-MM-DD）；不填时与 --as-of 相同。</translation>
    </message>
    <message>
        <source>Write the reply letter with its working papers to this PDF (needs --purpose).</source>
        <translation>将回复函及工作底稿写入此 PDF 文件（须同时给出 --purpose）。</translation>
    </message>
    <message>
        <source>--pdf needs --purpose: a reply answers a request for a purpose.</source>
        <translation>--pdf 须同时给出 --purpose：回复函针对某一用途的征求意见。</translation>
    </message>
    <message>
        <source>--request-date takes a date as YYYY-MM-DD, not after --as-of.</source>
        <translation>--request-date 须为 YYYY-MM-DD 格式的日期，且不晚于 --as-of。</translation>
    </message>
    <message>
        <source>--purpose and --requester must not be empty.</source>
        <translation>--purpose 和 --requester 不能为空。</translation>
    </message>
    <message>
        <source>Stored as opinion batch %1.</source>
        <translation>已保存为第 %1 批党风廉政意见。</translation>
    </message>
    <message>
        <source>Write the dossier summaries of cadres into one PDF.</source>
        <translation>将干部的廉政档案摘要写入一个 PDF 文件。</translation>
    </message>
    <message>
        <source>Every cadre of this unit.</source>
        <translation>该单位的全部干部。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Sections to print, separated by commas: %1. All when not given.</source>
        <translation>要打印的部分，以逗号分隔：%1。不填时打印全部。</translation>
    </message>
    <message>
        <source>Leave out records before this date.</source>
        <translation>不含此日期之前的记录。</translation>
    </message>
    <message>
        <source>Leave out records after this date.</source>
        <translation>不含此日期之后的记录。</translation>
    </message>
    <message>
        <source>Leave out clues that are closed.</source>
        <translation>不含已了结的问题线索。</translation>
    </message>
    <message>
        <source>The date of the summary (YYYY-MM-DD); today if not given.</source>
        <translation>摘要的截止日期（YYYY-MM-DD）；不填时为今天。</translation>
    </message>
    <message>
        <source>Print the user's name and the time across each page.</source>
        <translation>在每页加印打印人姓名和时间水印。</translation>
    </message>
    <message>
        <source>Give either --cadre or --unit.</source>
        <translation>请给出 --cadre 或 --unit 之一。</translation>
    </message>
    <message>
        <source>--unit takes a unit id.</source>
        <translation>--unit 须为单位编号。</translation>
    </message>
    <message>
        <source>Unknown section "%1"; the sections are: %2.</source>
        <translation>没有名为“%1”的部分；可选部分为：%2。</translation>
    </message>
    <message>
        <source>--from, --until and --as-of take a date as YYYY-MM-DD.</source>
        <translation>--from、--until 和 --as-of 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--from must not come after --until.</source>
        <translation>--from 不能晚于 --until。</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>The unit with id %1 has no cadres.</source>
        <translation>编号为 %1 的单位没有干部。</translation>
    </message>
    <message>
        <source>Wrote %1 pages about %2 cadres to %3.</source>
        <translation>已将 %2 名干部的摘要共 %1 页写入 %3。</translation>
    </message>
    <message>
        <source>Write a verified copy of the database. With --encrypt the copy is encrypted with a passphrase (INTEGRITY_DOSSIER_PASSPHRASE, or asked for).</source>
        <translation>写入一份经过校验的数据库副本。使用 --encrypt 时以口令加密（取自 INTEGRITY_DOSSIER_PASSPHRASE，或提示输入）。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase.</source>
        <translation>用口令加密备份。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>--encrypt needs a passphrase.</source>
        <translation>--encrypt 需要口令。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes%3).</source>
        <translation>备份已写入并通过校验：%1（%2 字节%3）。</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>statistic counts: %1</source>
        <translation>统计数：%1</translation>
    </message>
    <message>
        <source>Accounts, one per role, each with the password demo: %1</source>
        <translation>账户（每个角色一个，密码均为 demo）：%1</translation>
    </message>
    <message>
        <source>Put a backup in place of the database, after checking it. The current database is kept beside it until the restored one opens.</source>
        <translation>校验备份后用其替换数据库。恢复后的数据库能够打开之前，当前数据库保留在其旁。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database before the restore is kept as %1.</source>
        <translation>恢复前的数据库保留为 %1。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未作任何更改。</translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation>没有名为 %1 的账户。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>linked to cadre %1</source>
        <translation>关联干部 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation>角色：%1。</translation>
    </message>
    <message>
        <source>The cadre's id (0: none).</source>
        <translation>干部编号（0 表示无）。</translation>
    </message>
    <message>
        <source>Unit ids separated by commas, or all.</source>
        <translation>以逗号分隔的单位编号，或 all。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>请指明操作：%1。</translation>
    </message>
    <message>
        <source>%1 needs an account name.</source>
        <translation>%1 需要账户名。</translation>
    </message>
    <message>
        <source>This database already has its administrator.</source>
        <translation>此数据库已有系统管理员。</translation>
    </message>
    <message>
        <source>%1 is the administrator of %2.</source>
        <translation>%1 为 %2 的系统管理员。</translation>
    </message>
    <message>
        <source>This database has no accounts yet: make its administrator with user init NAME.</source>
        <translation>此数据库尚无账户：请用 user init 账户名 创建系统管理员。</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>link needs --cadre ID (0 removes the link).</source>
        <translation>link 需要 --cadre 编号（0 表示取消关联）。</translation>
    </message>
    <message>
        <source>--units takes unit ids separated by commas, or all.</source>
        <translation>--units 取以逗号分隔的单位编号，或 all。</translation>
    </message>
    <message>
        <source>Encrypt the file with a passphrase (INTEGRITY_DOSSIER_PASSPHRASE, or asked for).</source>
        <translation>用口令加密文件（取自 INTEGRITY_DOSSIER_PASSPHRASE，或提示输入）。</translation>
    </message>
    <message>
        <source>Show the database's settings, or change them with --set KEY=VALUE (the administrator only; several are changed together or not at all).</source>
        <translation>显示数据库的设置，或用 --set 键=值 修改（仅系统管理员；多项修改要么全部生效，要么全部不生效）。</translation>
    </message>
    <message>
        <source>A setting to change, as KEY=VALUE; repeatable.</source>
        <translation>要修改的设置，格式为 键=值；可重复。</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not %1.</source>
        <translation>--set 的格式应为 键=值，而不是 %1。</translation>
    </message>
    <message>
        <source>Search the directory by name, pinyin initials, unit or position.</source>
        <translation>按姓名、拼音首字母、单位或职务查找干部名录。</translation>
    </message>
    <message>
        <source>Decide the integrity-opinion category (1 to 6) with its reasons; with --pdf, write the reply letter.</source>
        <translation>判定党风廉政意见类别（1 至 6）并列出理由；使用 --pdf 时写出回复函。</translation>
    </message>
    <message>
        <source>Print dossier summaries into one PDF, as the window prints them; each one is audited.</source>
        <translation>将廉政档案摘要打印到一个 PDF 中，与窗口中的打印相同；每份均记入审计日志。</translation>
    </message>
    <message>
        <source>Show the year's work statistics, the same figures as the window's dashboard.</source>
        <translation>显示全年工作统计，与窗口中统计面板的数字相同。</translation>
    </message>
    <message>
        <source>Measure the speed bars.</source>
        <translation>测量各项速度指标。</translation>
    </message>
    <message>
        <source>Manage the accounts under the same rules as the window.</source>
        <translation>按与窗口相同的规则管理账户。</translation>
    </message>
    <message>
        <source>Write a verified copy; --encrypt seals it with a passphrase.</source>
        <translation>写入一份经过校验的副本；--encrypt 以口令加密。</translation>
    </message>
    <message>
        <source>Show the settings; the administrator changes them, all or none, audited.</source>
        <translation>显示设置；由系统管理员修改，全部生效或全不生效，并记入审计日志。</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>打开此数据库文件。</translation>
    </message>
    <message>
        <source>Open the demo database, creating it when there is none.</source>
        <translation>打开演示数据库，没有时先生成。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>The account to sign in with when --user is not given.</source>
        <translation>未给出 --user 时用于登录的账户。</translation>
    </message>
    <message>
        <source>The account's password; without it the password is asked for without echo.</source>
        <translation>账户密码；未设置时以不回显方式提示输入。</translation>
    </message>
    <message>
        <source>A new password for user init, add, reset and password; without it the new password is asked for twice.</source>
        <translation>user init、add、reset 和 password 所用的新密码；未设置时提示输入两次。</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted backup or export; without it the passphrase is asked for.</source>
        <translation>加密备份或导出文件的口令；未设置时提示输入。</translation>
    </message>
    <message>
        <source>When set, the subcommands print Qt's own messages too.</source>
        <translation>设置后，子命令同时输出 Qt 自身的消息。</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <source>A usage error: an unknown subcommand or option, or a missing value.</source>
        <translation>用法错误：未知的子命令或选项，或缺少取值。</translation>
    </message>
    <message>
        <source>A data or I/O error, explained in one line on standard error.</source>
        <translation>数据或读写错误，在标准错误输出中以一行说明。</translation>
    </message>
    <message>
        <source>One integrity dossier per cadre, kept offline</source>
        <translation>一人一档，离线管理干部廉政档案</translation>
    </message>
    <message>
        <source>Keeps one integrity dossier per cadre for a county commission for discipline inspection and supervision: talks, inspections, clues, cases, sanctions, reports and the integrity opinions issued. Impact periods are computed from the regulations. The data stays in one database file on this computer, and every change and every look is recorded in a hash-chained audit trail.</source>
        <translation>为县纪委监委的每名干部保存一份廉政档案：谈话、监督检查、问题线索、审查调查、处分、报告以及出具的党风廉政意见。影响期依规定自动计算。数据保存在本机的一个数据库文件中，每一次修改和查阅都记入哈希链式审计日志。</translation>
    </message>
    <message>
        <source>Without a subcommand the window opens. With a subcommand the program runs without a window and needs no display; each subcommand takes --help for all of its options. Subcommands that read or change dossiers sign in with --user NAME.</source>
        <translation>不带子命令时打开窗口。带子命令时程序不打开窗口运行，无需显示器；每个子命令都可用 --help 查看全部选项。读取或修改档案的子命令需用 --user 账户名 登录。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>Write the PDF as PDF/A-1b, for archiving.</source>
        <translation>以 PDF/A-1b 格式写出 PDF，便于归档。</translation>
    </message>
    <message>
        <source>Check the schema and its objects, SQLite integrity, foreign keys, the search index, the audit chain with its kept count and its seals, and the kept statistics.</source>
        <translation>检查数据库结构及其对象、SQLite 完整性、外键、检索索引、审计链及其保存的条数和封签，以及保存的统计数。</translation>
    </message>
    <message>
        <source>Recount the kept statistic counts from the records (the administrator; audited).</source>
        <translation>根据记录重新计算保存的统计数（限系统管理员；记入审计日志）。</translation>
    </message>
    <message>
        <source>The seal file to check the trail against (else the one the settings name, or the one beside the database).</source>
        <translation>用于核对审计日志的封签文件（未给出时使用设置中指定的文件，或数据库旁的文件）。</translation>
    </message>
    <message>
        <source>Say whether a printed paper's verification code still belongs to the trail.</source>
        <translation>核对打印纸面上的核验码是否仍属于审计日志。</translation>
    </message>
    <message>
        <source>schema objects: %1</source>
        <translation>结构对象：%1</translation>
    </message>
    <message>
        <source>seals: none yet — the security auditor seals the trail</source>
        <translation>封签：尚无——由安全审计员封签审计日志</translation>
    </message>
    <message>
        <source>seals: %1 (%2 checked)</source>
        <translation>封签：%1（已核对 %2 个）</translation>
    </message>
    <message>
        <source>verification code %1: %2</source>
        <translation>核验码 %1：%2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>核验通过</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>核验未通过</translation>
    </message>
    <message>
        <source>Check the schema and its objects, SQLite integrity, foreign keys, search index, the audit chain with its seals, a paper's verification code, and the kept statistics.</source>
        <translation>检查数据库结构及其对象、SQLite 完整性、外键、检索索引、审计链及其封签、纸面核验码，以及保存的统计数。</translation>
    </message>
    <message>
        <source>Check a backup fully, keep the current file aside and restore in one step, audited.</source>
        <translation>全面检查备份，另存当前文件后一步完成恢复，并记入审计日志。</translation>
    </message>
    <message>
        <source>Restore even a backup of another database (another commission's, or another file's).</source>
        <translation>即使是另一个数据库（其他纪委监委或其他文件）的备份也予以恢复。</translation>
    </message>
    <message>
        <source>The person's name, as papers print it.</source>
        <translation>本人姓名，即纸面上打印的名字。</translation>
    </message>
    <message>
        <source>The person's post.</source>
        <translation>本人职务。</translation>
    </message>
    <message>
        <source>Read an interchange file, or a roster from Excel or CSV, into the database, all or nothing.</source>
        <translation>将交换文件或 Excel、CSV 花名册导入数据库，全部成功或全部不导入。</translation>
    </message>
    <message>
        <source>A spreadsheet to read: an .xlsx workbook or a .csv file.</source>
        <translation>要读取的表格：.xlsx 工作簿或 .csv 文件。</translation>
    </message>
    <message>
        <source>The workbook's sheet to read, from 1.</source>
        <translation>要读取的工作表序号，从 1 起。</translation>
    </message>
    <message>
        <source>The row that names the columns; found when left out.</source>
        <translation>列标题所在行；不指定时自动查找。</translation>
    </message>
    <message>
        <source>Show what the import would do, row by row, and write nothing.</source>
        <translation>逐行显示导入结果，不写入任何内容。</translation>
    </message>
    <message>
        <source>Give one file to import: --json for an interchange file, --xlsx or --csv for a spreadsheet.</source>
        <translation>请指定一个要导入的文件：交换文件用 --json，表格用 --xlsx 或 --csv。</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, headers in row %3: %4 new, %5 to update, %6 the same, %7 with problems.</source>
        <translation>%1，工作表“%2”，标题在第 %3 行：新增 %4 人，更新 %5 人，无变化 %6 人，有问题 %7 行。</translation>
    </message>
    <message>
        <source>Columns read: %1.</source>
        <translation>读取的列：%1。</translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message>
        <source>New unit: %1</source>
        <translation>新建单位：%1</translation>
    </message>
    <message>
        <source>Row %1 %2: new</source>
        <translation>第 %1 行 %2：新增</translation>
    </message>
    <message>
        <source>Row %1 %2: %3</source>
        <translation>第 %1 行 %2：%3</translation>
    </message>
    <message>
        <source>--sheet and --header-row take a number from 1.</source>
        <translation>--sheet 和 --header-row 须为从 1 起的数字。</translation>
    </message>
    <message>
        <source>There is no database at %1: make it first, in the window or with user init NAME.</source>
        <translation>%1 处没有数据库：请先在窗口中或用 user init NAME 建立。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Accounts: init NAME (the first administrator, in a new database when there is none), list, add NAME [--role ROLE] [--real-name NAME --post POST], profile NAME --real-name NAME --post POST, role NAME ROLE, link NAME --cadre ID, scope NAME --units ID[,ID…]|all, reset NAME, disable NAME, enable NAME, password (your own). New passwords come from INTEGRITY_DOSSIER_NEW_PASSWORD or are asked for.</source>
        <translation>账户：init NAME（第一个系统管理员；没有数据库时新建数据库），list，add NAME [--role 角色] [--real-name 姓名 --post 职务]，profile NAME --real-name 姓名 --post 职务，role NAME 角色，link NAME --cadre 编号，scope NAME --units 编号[,编号…]|all，reset NAME，disable NAME，enable NAME，password（本人密码）。新密码取自 INTEGRITY_DOSSIER_NEW_PASSWORD，否则当场询问。</translation>
    </message>
    <message>
        <source>Write the database out in the interchange format, or the directory as an Excel workbook.</source>
        <translation>以交换格式导出数据库，或将干部名录导出为 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Write every dossier record to an interchange file (docs/interchange.md), or the directory to an Excel workbook.</source>
        <translation>将全部档案记录写入交换文件（docs/interchange.md），或将干部名录写入 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The Excel workbook to write.</source>
        <translation>要写入的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Give one file to write: --json for an interchange file, --xlsx for a workbook.</source>
        <translation>请指定一个要写入的文件：交换文件用 --json，工作簿用 --xlsx。</translation>
    </message>
    <message>
        <source>Exported %1 cadres to %2.</source>
        <translation>已将 %1 名干部导出到 %2。</translation>
    </message>
    <message>
        <source>Rows of the roster imported and exported again (50,000; 0 for none).</source>
        <translation>导入并再导出的花名册行数（默认 50,000；0 表示不测）。</translation>
    </message>
    <message>
        <source>--roster-rows takes a number.</source>
        <translation>--roster-rows 须为数字。</translation>
    </message>
    <message>
        <source>What the spreadsheet holds: cadres (a roster), or the record kind of a ledger: talks, clues, sanctions …</source>
        <translation>表格的内容：cadres（花名册），或台账的记录类型：talks、clues、sanctions……</translation>
    </message>
    <message>
        <source>A JSON file saying which column holds which field, for headers not recognised: {"谈话时间": "talk_date", "备注": null}.</source>
        <translation>一个 JSON 文件，为无法识别的表头指定对应字段：{"谈话时间": "talk_date", "备注": null}。</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>无法读取列对应文件 %1：%2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object of headers and fields: %2</source>
        <translation>列对应文件 %1 不是由表头和字段组成的 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The mapping gives %1 the field “%2”, which %3 records do not have. They have: %4.</source>
        <translation>列对应文件为 %1 指定了字段“%2”，但%3记录没有该字段。可用字段：%4。</translation>
    </message>
    <message>
        <source>A spreadsheet import needs --kind: cadres for a roster, or one of %1 for a ledger.</source>
        <translation>导入表格需要 --kind：花名册用 cadres，台账用以下之一：%1。</translation>
    </message>
    <message>
        <source>Spreadsheets of %1 cannot be imported; give cadres for a roster, or one of %2 for a ledger.</source>
        <translation>无法导入 %1 的表格；花名册请用 cadres，台账请用以下之一：%2。</translation>
    </message>
    <message>
        <source>A roster's columns are recognised by their headers; --mapping is for ledgers.</source>
        <translation>花名册的列按表头识别；--mapping 仅用于台账。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the spreadsheet; nothing was imported.</source>
        <translation>
            <numerusform>表格中有 %n 个问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 ledger rows to %2.</source>
        <translation>已将台账 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>What the workbook holds: cadres (the directory), statistics (a year's work figures, with --year), or the record kind of a ledger: talks, clues, sanctions …</source>
        <translation>工作簿内容：cadres（干部名录），statistics（某年度工作统计，配合 --year），或台账的记录类型：talks、clues、sanctions……</translation>
    </message>
    <message>
        <source>The year of the statistics (last year).</source>
        <translation>统计年度（默认上一年）。</translation>
    </message>
    <message>
        <source>A workbook export needs --kind: cadres for the directory, statistics for a year's figures, or one of %1 for a ledger.</source>
        <translation>导出工作簿须指定 --kind：干部名录用 cadres，年度统计用 statistics，台账用以下之一：%1。</translation>
    </message>
    <message>
        <source>Exported %1 figures of %2 to %3.</source>
        <translation>已将 %2 年的 %1 项统计数导出到 %3。</translation>
    </message>
    <message>
        <source>%1 into %2: %3 new, %4 updated, %5 same.</source>
        <translation>%1%2：新增 %3，更新 %4，相同 %5。</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>将合并到 </translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并到 </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with this database; nothing was imported.</source>
        <translation>
            <numerusform>与本数据库有 %n 处问题，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load an interchange file (docs/interchange.md) or a roster or a ledger spreadsheet into a database: a new or empty one takes it whole, one that holds dossiers merges it, matched to the units, cadres and records it holds. A database with accounts needs --user with an account allowed to import. A bad file is refused whole and changes nothing.</source>
        <translation>将交换文件（docs/interchange.md）或花名册、台账表格导入数据库：新建或空的数据库整体导入，已有档案的数据库则合并导入，与其中的单位、干部和记录相匹配。已有账户的数据库须用 --user 指定有导入权限的账户。有错误的文件整体拒绝，不作任何改动。</translation>
    </message>
    <message>
        <source>Would import %1 rows into %2 (%3). Dry run: nothing was written.</source>
        <translation>将向 %2 导入 %1 行（%3）。试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Move the database with its audit trail into an empty database on the commission's server, verified before and after.</source>
        <translation>把数据库连同审计记录迁入本委服务器上的空数据库，迁移前后均经校验。</translation>
    </message>
    <message>
        <source>Move a single-PC database, with its audit trail, into an empty database on the commission's PostgreSQL server. The trail is verified before and after.</source>
        <translation>把单机数据库连同审计记录迁入本委 PostgreSQL 服务器上的空数据库。迁移前后均校验审计记录链。</translation>
    </message>
    <message>
        <source>The server database, as postgresql://server/database.</source>
        <translation>服务器上的数据库，形如 postgresql://server/database。</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <source>Moved %1 rows in %2 tables to %3. The audit trail's %4 entries verify on both sides; its head is %5.</source>
        <translation>已将 %2 个表的 %1 行迁入 %3。审计记录的 %4 条在两边均校验通过；链头为 %5。</translation>
    </message>
    <message>
        <source>The load test runs against a server database (--db postgresql://…).</source>
        <translation>压力测试只能针对服务器数据库（--db postgresql://…）。</translation>
    </message>
    <message>
        <source>The load test needs --user: every client signs in as that account.</source>
        <translation>压力测试需要 --user：每个客户端都以该账号登录。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>%1 clients for %2 s: %3 operations, %4 a second</source>
        <translation>%1 个客户端，历时 %2 秒：共 %3 次操作，每秒 %4 次</translation>
    </message>
    <message>
        <source>saves %1, refused over a newer change and made again %2, lost updates %3, changes nobody made %4</source>
        <translation>保存 %1 次，因他人更新被拒后重做 %2 次，丢失的更新 %3 次，无人做出的更改 %4 次</translation>
    </message>
    <message>
        <source>client error: %1</source>
        <translation>客户端错误：%1</translation>
    </message>
    <message>
        <source>Instead of the measurements: the load test of a server database, with this many clients at once (e.g. 20), each signing in as --user.</source>
        <translation>不做各项测量，改为对服务器数据库做压力测试：同时运行这么多客户端（如 20 个），各自以 --user 登录。</translation>
    </message>
    <message>
        <source>How long the load test runs (30).</source>
        <translation>压力测试持续的秒数（30）。</translation>
    </message>
    <message>
        <source>--load takes a number of clients from 1 to 200.</source>
        <translation>--load 的值为 1 到 200 之间的客户端数。</translation>
    </message>
    <message>
        <source>--seconds takes a positive number.</source>
        <translation>--seconds 的值须为正数。</translation>
    </message>
    <message>
        <source>Connect to the commission's server database at this address, as postgresql://server/database; the password is asked for.</source>
        <translation>连接委机关服务器上此地址的数据库，形如 postgresql://服务器/数据库；密码另行询问。</translation>
    </message>
    <message>
        <source>Each account signs in to the server as its own role: %1. None can sign in until the administrator sets its password in the program (Accounts → Reset Password) through this connection.</source>
        <translation>每个账户以自己的角色登录服务器：%1。在系统管理员通过此连接在程序中为其设置密码（账户 → 重置密码）之前，这些角色都不能登录。</translation>
    </message>
    <message>
        <source>On the server, check reads the whole audit trail, which only the auditor's account and the database owner's server account may read. Run it with one of them.</source>
        <translation>在服务器上，check 要读取完整的审计记录，只有安全审计员的账户和数据库所有者的服务器账户才能读取。请用其中之一运行。</translation>
    </message>
    <message>
        <source>Checking the file: %1%</source>
        <translation>正在检查文件：%1%</translation>
    </message>
    <message>
        <source>Writing the records: %1%</source>
        <translation>正在写入记录：%1%</translation>
    </message>
    <message>
        <source>Fill a new database with a believable county (or a city, or a province) and six years of records, the same for the same seed.</source>
        <translation>在新数据库中生成一个逼真的县（或市、省）及六年的记录，同一种子生成相同数据。</translation>
    </message>
    <message>
        <source>county (about 3,000 cadres), city (about 50,000) or province (about 200,000).</source>
        <translation>county（约 3,000 名干部）、city（约 50,000 名）或 province（约 200,000 名）。</translation>
    </message>
    <message>
        <source>--scale takes county, city or province.</source>
        <translation>--scale 只接受 county、city 或 province。</translation>
    </message>
    <message>
        <source>Make a believable demo county (or a city, or a province) in a new database.</source>
        <translation>在新数据库中生成一个逼真的演示县（或市、省）。</translation>
    </message>
</context>
<context>
    <name>CommissionSettingsForm</name>
    <message>
        <source>Only the system administrator changes these settings.</source>
        <translation>这些设置只能由系统管理员更改。</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a setting's label</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Delete this %1?</source>
        <translation>确定删除这条%1吗？</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back, and the audit trail keeps a record of the deletion.</source>
        <translation>“编辑 → 撤销”可以恢复，审计记录会留存此次删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>Saved now (by %1)</source>
        <translation>现已保存的（%1）</translation>
    </message>
    <message>
        <source>Saved now (by %1, %2)</source>
        <translation>现已保存的（%1，%2）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>已被%1删除</translation>
    </message>
    <message>
        <source>Save Mine over Theirs</source>
        <translation>以我的修改覆盖</translation>
    </message>
    <message>
        <source>Let It Go</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep Theirs, Drop Mine</source>
        <translation>保留对方的，放弃我的</translation>
    </message>
    <message>
        <source>Back to My Form</source>
        <translation>返回我的表单</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Clues received</source>
        <translation>受理问题线索</translation>
    </message>
    <message>
        <source>Clues disposed</source>
        <translation>处置问题线索</translation>
    </message>
    <message>
        <source>Cases filed (person-times)</source>
        <translation>立案（人次）</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Reminder talks</source>
        <translation>提醒谈话</translation>
    </message>
    <message>
        <source>Admonition talks</source>
        <translation>诫勉谈话</translation>
    </message>
    <message>
        <source>Integrity talks</source>
        <translation>廉政谈话</translation>
    </message>
    <message>
        <source>Pre-appointment talks</source>
        <translation>任前廉政谈话</translation>
    </message>
    <message>
        <source>Heart-to-heart talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Collective talks</source>
        <translation>集体约谈</translation>
    </message>
    <message>
        <source>Warning talks</source>
        <translation>警示谈话</translation>
    </message>
    <message>
        <source>Rectifications found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectifications completed</source>
        <translation>完成整改</translation>
    </message>
    <message>
        <source>Completed so far (%)</source>
        <translation>累计整改完成率（%）</translation>
    </message>
    <message>
        <source>Clues per 100 cadres</source>
        <translation>每百名干部问题线索</translation>
    </message>
    <message>
        <source>Open clues</source>
        <translation>在办线索</translation>
    </message>
    <message>
        <source>Overdue rectifications</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Missing duty reports</source>
        <translation>未报述责述廉</translation>
    </message>
    <message>
        <source>Top-leader cases</source>
        <translation>“一把手”案件</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Political-Ecology Dashboard</source>
        <translation>政治生态分析研判</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Four forms</source>
        <translation>四种形态</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Yearly statistics</source>
        <translation>年度工作统计</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>Clues, cases, sanctions, inspections</source>
        <translation>线索、案件、处分、监督检查</translation>
    </message>
    <message>
        <source>Talks by kind</source>
        <translation>各类谈话</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>第%1种形态</translation>
    </message>
    <message>
        <source>The four forms (person-times)</source>
        <translation>“四种形态”（人次）</translation>
    </message>
    <message>
        <source>Measures by kind</source>
        <translation>处分和处理分类</translation>
    </message>
    <message>
        <source>Rectifications found and completed</source>
        <translation>发现问题与完成整改</translation>
    </message>
    <message>
        <source>Completion so far (%)</source>
        <translation>累计整改完成率（%）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>干部数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>综合分值</translation>
    </message>
    <message>
        <source>%1: %2; score %3 = this value over the highest of the units</source>
        <translation>%1：%2；分值%3＝本单位数值÷各单位最高值</translation>
    </message>
    <message>
        <source>The mean of the six scores</source>
        <translation>六项分值的平均数</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2至%3</translation>
    </message>
    <message>
        <source>Form %1, %2 to %3</source>
        <translation>第%1种形态，%2年至%3年</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export Yearly Statistics</source>
        <translation>导出年度工作统计</translation>
    </message>
    <message>
        <source>work-statistics-%1.pdf</source>
        <translation>%1年度工作统计.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Units: those of your account</source>
        <translation>单位：本账号可见的单位</translation>
    </message>
    <message>
        <source>The units of your account</source>
        <translation>本账号可见的单位</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <source>work-statistics-%1.xlsx</source>
        <translation>%1年工作统计.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Integrity Dossier database.</source>
        <translation>%1 是空文件，不是廉政档案数据库。</translation>
    </message>
    <message>
        <source>%1 is not an Integrity Dossier database.</source>
        <translation>%1 不是廉政档案数据库。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Integrity Dossier.</source>
        <translation>%1 是 SQLite 数据库，但不是廉政档案数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Integrity Dossier (schema %2; this version reads up to %3). Please update the program.</source>
        <translation>%1 由更新版本的廉政档案写入（数据库结构 %2，本版本最高支持 %3），请升级程序。</translation>
    </message>
    <message>
        <source>%1 is read-only. Open it for reading, or ask for write access.</source>
        <translation>%1 为只读文件。请以只读方式打开，或申请写入权限。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is in use by another program (the file is locked). Close it there and try again.</source>
        <translation>%1 正被其他程序使用（文件已锁定）。请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging; is it on a network share?</source>
        <translation>%1 无法使用预写日志，文件是否位于网络共享上？</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing.</source>
        <translation>缺少数据库结构迁移文件 %1。</translation>
    </message>
    <message>
        <source>%1 is on a network share. A dossier database must live on this computer's own disk: copy it here, or keep it on the dedicated PC.</source>
        <translation>%1 位于网络共享上。档案数据库必须存放在本机磁盘上：请将其复制到本机，或存放在专用计算机上。</translation>
    </message>
    <message>
        <source>%1 is damaged, so nothing will be written to it: %2. Run check for the details, and restore the newest backup.</source>
        <translation>%1 已损坏，不会再向其写入：%2。请运行 check 查看详情，并恢复最新的备份。</translation>
    </message>
    <message>
        <source>%1 cannot be created here.</source>
        <translation>无法在此处创建 %1。</translation>
    </message>
    <message>
        <source>%1 says it is at schema version %2, which no release of the program made. Nothing was changed; open a backup made by a released version of the program.</source>
        <translation>%1 标明的数据库结构版本为 %2，但本程序从未发布过该版本。未做任何修改；请打开由正式发布版本制作的备份。</translation>
    </message>
    <message numerus="yes">
        <source>%1 says it is at schema version %2 but lacks %n of the tables, indexes and triggers that version has: it was made by a build that skipped a schema migration. Nothing was changed; open a backup made by a released version of the program.</source>
        <translation>
            <numerusform>%1 标明的数据库结构版本为 %2，但缺少该版本应有的 %n 个表、索引或触发器：它由跳过了某次结构迁移的版本创建。未做任何修改；请打开由正式发布版本制作的备份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The target database lacks the table %1: its schema is not this program's.</source>
        <translation>目标数据库缺少表 %1：其结构不是本程序的。</translation>
    </message>
    <message>
        <source>The target database already holds records or an audit trail; a database is moved only into an empty one. Nothing was changed.</source>
        <translation>目标数据库中已有记录或审计记录；数据库只能迁入空数据库。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>%1 is open in another copy of Integrity Dossier (process %2 on %3). Close it there first: two copies must never write one database.</source>
        <translation>%1 已在另一个廉政档案程序中打开（%3 上的进程 %2）。请先在那里关闭：不得由两个程序同时写入同一数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing: its folder is read-only or full.</source>
        <translation>无法锁定 %1 以写入：其所在文件夹为只读或已满。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Integrity Dossier</source>
        <translation>廉政档案</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>%1 is read-only.

Open it for reading only? You can look dossiers up and print them, but not change anything.</source>
        <translation>%1 为只读文件。

是否以只读方式打开？可以查阅和打印档案，但不能作任何修改。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: an existing file is never overwritten.</source>
        <translation>%1 已存在。请换一个文件名：程序不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Creating the demo database: an invented county with its cadres and six years of records…</source>
        <translation>正在生成演示数据库：一个虚构的县，包括其干部和六年的档案记录…</translation>
    </message>
    <message>
        <source>The demo database could not be saved as %1.</source>
        <translation>无法将演示数据库保存为 %1。</translation>
    </message>
</context>
<context>
    <name>DatabaseServer</name>
    <message>
        <source>The server at %1 refused the account name or password.</source>
        <translation>服务器 %1 拒绝了账号名或密码。</translation>
    </message>
    <message>
        <source>The server at %1 has no database named %2.</source>
        <translation>服务器 %1 上没有名为 %2 的数据库。</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached over a checked TLS connection: %2. Ask the commission's administrator for the server's CA certificate.</source>
        <translation>无法通过经验证的 TLS 连接访问服务器 %1：%2。请向本委管理员索取服务器的 CA 证书。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: is it running, and is this computer on the commission's network?</source>
        <translation>无法连接服务器 %1：服务器是否已运行？本机是否接入本委内部网络？</translation>
    </message>
    <message>
        <source>The server at %1 cannot be opened: %2</source>
        <translation>无法打开服务器 %1 上的数据库：%2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (on Debian and Ubuntu, the libqt6sql6-psql package).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 和 Ubuntu 上为 libqt6sql6-psql 软件包）。</translation>
    </message>
    <message>
        <source>The database at %1 is empty: it holds no dossiers yet. Move a single-PC database into it with the migrate command, or let the administrator set it up.</source>
        <translation>%1 上的数据库是空的，尚无任何档案。请用 migrate 命令把单机数据库迁入，或请管理员进行初始化。</translation>
    </message>
    <message>
        <source>The database at %1 is not an Integrity Dossier database.</source>
        <translation>%1 上的数据库不是廉政档案数据库。</translation>
    </message>
    <message>
        <source>The database at %1 was set up by a newer version of Integrity Dossier (schema %2; this version reads up to %3). Please update the program on this computer.</source>
        <translation>%1 上的数据库由较新版本的廉政档案建立（结构版本 %2；本版本最高可读 %3）。请更新本机上的程序。</translation>
    </message>
    <message>
        <source>The database at %1 is at an older schema (%2) than this program's (%3), and this connection may not upgrade it. Open it once for writing as the administrator.</source>
        <translation>%1 上的数据库结构版本（%2）低于本程序（%3），而本次连接无权升级。请由管理员以可写方式打开一次。</translation>
    </message>
    <message>
        <source>The database at %1 needs an upgrade to this version of the program, which only its owner's server account may make. Ask the administrator to open it once with that account.</source>
        <translation>%1 上的数据库需要升级到本版程序的结构，只有数据库所有者的服务器账户才能升级。请系统管理员用该账户打开一次。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data needs a day from 2021-07-01 on as today.</source>
        <translation>生成演示数据需要 2021-07-01 及以后的日期作为“今天”。</translation>
    </message>
    <message>
        <source>The database already holds dossiers; demo data goes only into an empty database.</source>
        <translation>数据库中已有档案；演示数据只能写入空数据库。</translation>
    </message>
</context>
<context>
    <name>DetailGrid</name>
    <message>
        <source>(not checked)</source>
        <translation>（未检查）</translation>
    </message>
</context>
<context>
    <name>DirectoryFilterBar</name>
    <message>
        <source>Search by name, pinyin initials (zjg), unit or position   Ctrl+F</source>
        <translation>按姓名、拼音首字母（如 zjg）、单位或职务检索   Ctrl+F</translation>
    </message>
    <message>
        <source>Search cadres</source>
        <translation>检索干部</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>只看：</translation>
    </message>
    <message>
        <source>Top leaders</source>
        <translation>一把手</translation>
    </message>
    <message>
        <source>Only the principal leaders of units</source>
        <translation>只显示各单位主要负责人</translation>
    </message>
    <message>
        <source>Inside an impact period</source>
        <translation>影响期内</translation>
    </message>
    <message>
        <source>Cadres inside the impact period of a sanction, handling or admonition today</source>
        <translation>今天处于党纪政务处分、组织处理或诫勉影响期内的干部</translation>
    </message>
    <message>
        <source>Open clues</source>
        <translation>在办线索</translation>
    </message>
    <message>
        <source>Cadres with a problem clue still being disposed</source>
        <translation>有问题线索正在处置的干部</translation>
    </message>
    <message>
        <source>Overdue rectifications</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <source>Cadres responsible for a rectification past its deadline</source>
        <translation>负责的整改事项已超过期限的干部</translation>
    </message>
    <message>
        <source>No duty report</source>
        <translation>未述责述廉</translation>
    </message>
    <message>
        <source>No duty report for %1</source>
        <translation>未报 %1 年度述责述廉</translation>
    </message>
    <message>
        <source>Serving top leaders, and cadres who reported for %1, without a duty-and-integrity report for %2</source>
        <translation>在职一把手，以及已报 %1 年度述责述廉、但未报 %2 年度述责述廉报告的干部</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Show the cadres of every unit</source>
        <translation>显示所有单位的干部</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Units: all</source>
        <translation>单位：全部</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>%1 cadre(s) found</source>
        <translation>找到 %1 名干部</translation>
    </message>
    <message>
        <source>%1 cadre(s) in all</source>
        <translation>共 %1 名干部</translation>
    </message>
</context>
<context>
    <name>DisplayGuard</name>
    <message>
        <source>integrity-dossier: no display can be opened for the window (%1). These subcommands run without one: %2; integrity-dossier --help describes them.</source>
        <translation>integrity-dossier：无法为窗口打开显示（%1）。以下子命令无需显示即可运行：%2；详见 integrity-dossier --help。</translation>
    </message>
    <message>
        <source>DISPLAY is not set</source>
        <translation>未设置 DISPLAY</translation>
    </message>
    <message>
        <source>nothing answers on display %1</source>
        <translation>显示 %1 无响应</translation>
    </message>
    <message>
        <source>integrity-dossier: the connection to the display was lost; the window has ended. Changes already saved are kept.</source>
        <translation>integrity-dossier：与显示的连接已断开，窗口已结束。已保存的更改均已保留。</translation>
    </message>
    <message>
        <source>integrity-dossier: another program destroyed the window; the program ends. Changes already saved are kept.</source>
        <translation>integrity-dossier：窗口被其他程序销毁，程序结束。已保存的更改均已保留。</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>No photo on file</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <source>★ Top leader</source>
        <translation>★ 一把手</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Show the facts behind the integrity opinion</source>
        <translation>显示党风廉政意见所依据的事实</translation>
    </message>
    <message>
        <source>Dossier no. %1</source>
        <translation>档案编号 %1</translation>
    </message>
    <message>
        <source>Expelled: impact without end</source>
        <translation>已开除：影响无期限</translation>
    </message>
    <message>
        <source>Impact period until %1</source>
        <translation>影响期至 %1</translation>
    </message>
    <message>
        <source>Inside an admonition period</source>
        <translation>处于诫勉影响期内</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Opinion %1: %2</source>
        <translation>意见 %1：%2</translation>
    </message>
    <message>
        <source>Open clues %1</source>
        <translation>在办线索 %1</translation>
    </message>
    <message>
        <source>Overdue rectifications %1</source>
        <translation>整改逾期 %1</translation>
    </message>
    <message>
        <source>This cadre's record no longer exists. Edit → Redo brings it back.</source>
        <translation>该干部的记录已不存在。“编辑 → 重做”可以恢复。</translation>
    </message>
</context>
<context>
    <name>DossierLoader</name>
    <message>
        <source>There is no cadre with id %1.</source>
        <translation>没有编号为 %1 的干部。</translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>There is no cadre with id %1.</source>
        <translation>没有编号为 %1 的干部。</translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Cadre Directory</source>
        <translation>干部名录</translation>
    </message>
</context>
<context>
    <name>DossierWidget</name>
    <message>
        <source>New record</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Family and relatives</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Personal matters</source>
        <translation>个人有关事项</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Problem clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Sanctions and handling</source>
        <translation>处分及处理</translation>
    </message>
    <message>
        <source>Duty reports</source>
        <translation>述责述廉</translation>
    </message>
    <message>
        <source>Warning education</source>
        <translation>警示教育</translation>
    </message>
    <message>
        <source>Integrity opinions issued</source>
        <translation>已出具的党风廉政意见</translation>
    </message>
    <message>
        <source>Integrity opinions</source>
        <translation>党风廉政意见</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>Cannot read the dossier</source>
        <translation>无法读取档案</translation>
    </message>
    <message>
        <source>Print Summary…</source>
        <translation>打印摘要…</translation>
    </message>
    <message>
        <source>Preview this dossier's summary and print it</source>
        <translation>预览并打印本档案的摘要</translation>
    </message>
    <message>
        <source>Changed by colleagues lately: %1</source>
        <translation>同事近期修改：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added by %2 %3</source>
        <translation>%2%3新增了%1</translation>
    </message>
    <message>
        <source>%1 deleted by %2 %3</source>
        <translation>%2%3删除了%1</translation>
    </message>
    <message>
        <source>%1 put back by %2 %3</source>
        <translation>%2%3恢复了%1</translation>
    </message>
    <message>
        <source>%1: a step taken by %2 %3</source>
        <translation>%2%3办理了%1的一个步骤</translation>
    </message>
    <message>
        <source>%1: a step taken back by %2 %3</source>
        <translation>%2%3撤回了%1的一个步骤</translation>
    </message>
    <message>
        <source>%1 changed by %2 %3</source>
        <translation>%2%3修改了%1</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not a cadre in the directory</source>
        <translation>非在册干部</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>First Steps</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>A new database needs these before daily work. Each can be done now or later; Help ▸ First Steps shows this list again.</source>
        <translation>新数据库在日常使用前需完成以下各项。每一项可以现在做，也可以以后做；“帮助 ▸ 初始设置”可再次打开此清单。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1. %2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1. %2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>The account signed in may not do this; the account whose work it is does.</source>
        <translation>当前登录的账户无权办理此项，应由负责此项工作的账户办理。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User Guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Find in the guide   Ctrl+F</source>
        <translation>在手册中查找   Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一处(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一处(&amp;N)</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of the program.</source>
        <translation>本程序中缺少用户手册。</translation>
    </message>
    <message>
        <source>Continued from the end.</source>
        <translation>已从末尾继续查找。</translation>
    </message>
    <message>
        <source>Continued from the beginning.</source>
        <translation>已从开头继续查找。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Select an entry to see every field it changed.</source>
        <translation>选择一条记录，查看其改动的全部字段。</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>From the audit trail, which cannot be altered.</source>
        <translation>来自不可更改的审计记录。</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>No change to this dossier has been recorded yet. Records brought in by an import are audited with the import itself.</source>
        <translation>本档案尚无变更记录。通过导入带入的记录，其审计记录随导入一并登记。</translation>
    </message>
</context>
<context>
    <name>ImpactPeriods</name>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 months under %2</source>
        <translation>依据%2，%1 个月</translation>
    </message>
    <message>
        <source>Adds %1 unexpired days of an earlier sanction to its own period ending %2.</source>
        <translation>在本处分影响期（至%2）的基础上，加上此前处分尚未届满的%1天。</translation>
    </message>
    <message>
        <source>No impact period.</source>
        <translation>无影响期。</translation>
    </message>
    <message>
        <source>Probation term not recorded; 12 months assumed.</source>
        <translation>未记录留党察看期限，按一年计。</translation>
    </message>
    <message>
        <source>Probation term of %1 months; party rights restored on %2.</source>
        <translation>留党察看期限%1个月；%2恢复党员权利。</translation>
    </message>
    <message>
        <source>No equal or higher post for %1 months after restoration, until %2.</source>
        <translation>恢复党员权利后%1个月内不得担任与原职务相当或高于原职务的职务，至%2。</translation>
    </message>
    <message>
        <source>May not rejoin the party during this period.</source>
        <translation>此期间不得重新入党。</translation>
    </message>
    <message>
        <source>The employment ends for good; the period never ends.</source>
        <translation>公职关系终止，影响无期限。</translation>
    </message>
    <message>
        <source>%1 sanctions of the same kind decided together: from %2 months up to their sum of %3 months, at most %4; %5 months applied.</source>
        <translation>同时作出 %1 个同类处分：期间为 %2 个月以上、合计 %3 个月以下，最长不超过 %4 个月；按 %5 个月执行。</translation>
    </message>
    <message>
        <source>Capped at %1 months.</source>
        <translation>最长不超过 %1 个月。</translation>
    </message>
    <message>
        <source>%1 months as set for admonitions.</source>
        <translation>按诫勉影响期设定，%1 个月。</translation>
    </message>
</context>
<context>
    <name>ImpactPreview</name>
    <message>
        <source>Computed once the measure and its effective date are chosen.</source>
        <translation>选定处分或处理类型及生效日期后自动计算。</translation>
    </message>
</context>
<context>
    <name>ImplausibleInput</name>
    <message>
        <source>Check Before Saving</source>
        <translation>保存前请核对</translation>
    </message>
    <message>
        <source>This may not be what you mean:</source>
        <translation>以下内容可能有误：</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>仍然保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>返回修改(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>IndicatorLabels</name>
    <message>
        <source>Admonition</source>
        <translation>诫勉</translation>
    </message>
    <message>
        <source>Personal-matters report</source>
        <translation>个人有关事项报告</translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Case involving a top leader</source>
        <translation>涉及“一把手”的案件</translation>
    </message>
    <message>
        <source>Case on the two responsibilities</source>
        <translation>“两个责任”落实不力案件</translation>
    </message>
    <message>
        <source>Clue received</source>
        <translation>受理问题线索</translation>
    </message>
    <message>
        <source>Clue received about a cadre</source>
        <translation>涉及干部的问题线索</translation>
    </message>
    <message>
        <source>Clue disposed</source>
        <translation>处置问题线索</translation>
    </message>
    <message>
        <source>Clue still open</source>
        <translation>未办结问题线索</translation>
    </message>
    <message>
        <source>Problem to rectify</source>
        <translation>待整改问题</translation>
    </message>
    <message>
        <source>Rectification completed</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <source>Duty report missing</source>
        <translation>述责述廉报告缺报</translation>
    </message>
    <message>
        <source>First form</source>
        <translation>第一种形态</translation>
    </message>
    <message>
        <source>Second form</source>
        <translation>第二种形态</translation>
    </message>
    <message>
        <source>Third form</source>
        <translation>第三种形态</translation>
    </message>
    <message>
        <source>Fourth form</source>
        <translation>第四种形态</translation>
    </message>
    <message>
        <source>Cadre: %1</source>
        <translation>干部：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Admonition recorded only as a talk</source>
        <translation>仅以谈话记录的诫勉</translation>
    </message>
    <message>
        <source>Case involving a leadership team member</source>
        <translation>涉及班子其他成员的案件</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%n record(s) point to records that do not exist.</source>
        <translation>
            <numerusform>有 %n 条记录引用了不存在的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 statistic counts differ from the records (first: %2 in %3, unit %4: kept %5, counted %6); run check --rebuild-statistics.</source>
        <translation>%1项统计数与记录不符（首项：%2，期间%3，单位%4：保存值%5，重新统计%6）；请运行 check --rebuild-statistics。</translation>
    </message>
    <message>
        <source>The schema is version %1; this program expects %2.</source>
        <translation>数据库结构为第 %1 版；本程序需要第 %2 版。</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite 完整性检查未通过：%1</translation>
    </message>
    <message>
        <source>The search index does not match the cadres (%1 cadres, %2 indexed).</source>
        <translation>检索索引与干部不符（干部 %1 人，已索引 %2 人）。</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1.</source>
        <translation>审计日志已断裂：%1。</translation>
    </message>
    <message>
        <source>The count kept beside the audit trail has been removed.</source>
        <translation>与审计日志一同保存的条数已被删除。</translation>
    </message>
    <message>
        <source>The audit trail does not end where it was last written: it should hold %1 entries but holds %2. Entries have been removed.</source>
        <translation>审计日志的末尾与最后写入处不符：应有 %1 条，实有 %2 条。有记录被删除。</translation>
    </message>
    <message numerus="yes">
        <source>Changes to records or accounts were made outside the program at %n place(s) in the audit trail; the first are:</source>
        <translation>
            <numerusform>审计日志中有 %n 处在本程序之外修改了记录或账户，最先几处如下：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to records or accounts were made outside the program before the first audit entry that counts them: no entry accounts for them.</source>
        <translation>
            <numerusform>在第一条计数的审计条目之前，有 %n 处对记录或账户的修改是在本程序之外进行的，没有任何审计条目对应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to records or accounts were made outside the program after audit entry %1 (%2): no entry accounts for them.</source>
        <translation>
            <numerusform>在审计条目 %1（%2）之后，有 %n 处对记录或账户的修改是在本程序之外进行的，没有任何审计条目对应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to records or accounts were made outside the program between audit entries %1 (%2) and %3: no entry accounts for them.</source>
        <translation>
            <numerusform>在审计条目 %1（%2）与 %3 之间，有 %n 处对记录或账户的修改是在本程序之外进行的，没有任何审计条目对应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>position</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>personal matters report</source>
        <translation>个人有关事项报告</translation>
    </message>
    <message>
        <source>personal matters item</source>
        <translation>个人有关事项报告事项</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>inspection item</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>clue</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>clue subject</source>
        <translation>线索反映对象</translation>
    </message>
    <message>
        <source>clue step</source>
        <translation>线索处置步骤</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>case subject</source>
        <translation>案件当事人</translation>
    </message>
    <message>
        <source>sanction</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>organizational handling</source>
        <translation>组织处理</translation>
    </message>
    <message>
        <source>admonition</source>
        <translation>诫勉</translation>
    </message>
    <message>
        <source>duty report</source>
        <translation>述责述廉报告</translation>
    </message>
    <message>
        <source>self-examination material</source>
        <translation>对照检查材料</translation>
    </message>
    <message>
        <source>warning education event</source>
        <translation>警示教育活动</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>power list item</source>
        <translation>权力清单事项</translation>
    </message>
    <message>
        <source>opinion batch</source>
        <translation>意见回复批次</translation>
    </message>
    <message>
        <source>opinion answer</source>
        <translation>意见回复</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>case review</source>
        <translation>案件审理</translation>
    </message>
    <message>
        <source>fact of a case</source>
        <translation>违纪违法事实</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>statement of a subject</source>
        <translation>陈述申辩</translation>
    </message>
    <message>
        <source>proposed measure</source>
        <translation>拟处理意见</translation>
    </message>
    <message>
        <source>article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>文件不是有效的 JSON：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <source>The field %1 is given twice in one record (again at byte %2); give each field once.</source>
        <translation>字段 %1 在同一条记录中出现了两次（第二次在第 %2 字节处）；每个字段只能出现一次。</translation>
    </message>
    <message>
        <source>The file is not an Integrity Dossier interchange file: %1.</source>
        <translation>该文件不是廉政档案交换文件：%1。</translation>
    </message>
    <message>
        <source>required field "%1" is missing</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <source>field "%1": %2</source>
        <translation>字段“%1”：%2</translation>
    </message>
    <message>
        <source>field "%1" is computed by the program and not carried in the file; leave it out</source>
        <translation>字段“%1”由程序计算，不在文件中携带，请删去</translation>
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation>未知字段“%1”</translation>
    </message>
</context>
<context>
    <name>InterchangeChecks</name>
    <message>
        <source>%1: field "%2": %3</source>
        <translation>%1：字段“%2”：%3</translation>
    </message>
    <message>
        <source>%1 is before the sanction took effect (%2)</source>
        <translation>%1 早于处分生效日（%2）</translation>
    </message>
    <message>
        <source>there is no setting called %1</source>
        <translation>没有名为 %1 的设置</translation>
    </message>
    <message>
        <source>%1 is not a plain file name</source>
        <translation>%1 不是单纯的文件名</translation>
    </message>
    <message>
        <source>the content has %1 bytes</source>
        <translation>内容实为 %1 字节</translation>
    </message>
    <message>
        <source>does not match the content (its SHA-256 is %1)</source>
        <translation>与内容不符（内容的 SHA-256 为 %1）</translation>
    </message>
</context>
<context>
    <name>InterchangeChecks::Collector</name>
    <message>
        <source>the unit would be above itself</source>
        <translation>该单位将成为其自身的上级</translation>
    </message>
    <message>
        <source>%1 is not a state of the clue workflow (%2)</source>
        <translation>%1 不是线索处置流程中的状态（%2）</translation>
    </message>
    <message>
        <source>a clue's first step is its registration</source>
        <translation>线索的第一步应为登记</translation>
    </message>
    <message>
        <source>the clue was %1 after its step before, not %2</source>
        <translation>线索在上一步之后为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>a clue cannot go from %1 to %2</source>
        <translation>线索不能从 %1 转为 %2</translation>
    </message>
    <message>
        <source>the clue reaches 立案, but no case in the file comes from it</source>
        <translation>线索已立案，但文件中没有来自该线索的案件</translation>
    </message>
    <message>
        <source>%1, but its last step leaves it %2</source>
        <translation>为 %1，但其最后一步处置后应为 %2</translation>
    </message>
</context>
<context>
    <name>InterchangeExporter</name>
    <message>
        <source>Exporting needs write access to the database, to record the export in the audit trail.</source>
        <translation>导出需要数据库的写入权限，以便在审计记录中登记此次导出。</translation>
    </message>
    <message>
        <source>The database does not match the interchange format: %1</source>
        <translation>数据库与交换格式不一致：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: field "%2": %3. Correct the record and export again.</source>
        <translation>%1：字段“%2”：%3。请更正该记录后重新导出。</translation>
    </message>
    <message>
        <source>An export carries every dossier; an account linked to a cadre or limited to some units cannot make one.</source>
        <translation>导出包含全部档案；关联了干部或限定了单位范围的账户不能导出。</translation>
    </message>
</context>
<context>
    <name>InterchangeExporter::Output</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>InterchangeFormat</name>
    <message>
        <source>%1.%2 is in the database but not in the interchange format.</source>
        <translation>%1.%2 存在于数据库中，但交换格式中没有。</translation>
    </message>
    <message>
        <source>%1.%2 is %3 in the database but %4 in the interchange format.</source>
        <translation>%1.%2 在数据库中为 %3，在交换格式中为 %4。</translation>
    </message>
    <message>
        <source>%1.%2 differs in whether it is required or may be null.</source>
        <translation>%1.%2 在是否必填或可为空方面不一致。</translation>
    </message>
    <message>
        <source>%1.%2 looks like a date but is not described as one.</source>
        <translation>%1.%2 看起来是日期，但未描述为日期。</translation>
    </message>
    <message>
        <source>%1.%2 looks like a timestamp but is not described as one.</source>
        <translation>%1.%2 看起来是时间戳，但未描述为时间戳。</translation>
    </message>
    <message>
        <source>The interchange format describes the table %1, which the database lacks.</source>
        <translation>交换格式描述了表 %1，但数据库中没有该表。</translation>
    </message>
    <message>
        <source>%1.%2 is in the interchange format but not in the database.</source>
        <translation>%1.%2 存在于交换格式中，但数据库中没有。</translation>
    </message>
    <message>
        <source>%1.%2 is listed as derived but not in the database.</source>
        <translation>%1.%2 被列为派生字段，但数据库中没有。</translation>
    </message>
    <message>
        <source>The key of %1 is (%2) in the database but (%3) in the interchange format.</source>
        <translation>%1 的主键在数据库中为（%2），在交换格式中为（%3）。</translation>
    </message>
    <message>
        <source>%1.%2 refers to %3 in the database but to %4 in the interchange format.</source>
        <translation>%1.%2 在数据库中引用 %3，在交换格式中引用 %4。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1.%2 refers to %3 in the interchange format but to nothing in the database.</source>
        <translation>%1.%2 在交换格式中引用 %3，在数据库中没有引用。</translation>
    </message>
    <message>
        <source>%1 comes before %2, which it refers to, in the interchange format.</source>
        <translation>交换格式中 %1 排在其引用的 %2 之前。</translation>
    </message>
    <message>
        <source>The table %1 is in the database but not in the interchange format.</source>
        <translation>表 %1 存在于数据库中，但交换格式中没有。</translation>
    </message>
</context>
<context>
    <name>InterchangeImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is open for reading only; an import needs write access.</source>
        <translation>%1 以只读方式打开；导入需要写入权限。</translation>
    </message>
    <message>
        <source>The database does not match the interchange format: %1</source>
        <translation>数据库与交换格式不一致：%1</translation>
    </message>
    <message>
        <source>%1 already holds dossiers (%2); an import goes only into a new or empty database.</source>
        <translation>%1 中已有档案（%2）；只能导入新建的或空的数据库。</translation>
    </message>
    <message>
        <source>%1: refers to no %2</source>
        <translation>%1：引用的%2不存在</translation>
    </message>
</context>
<context>
    <name>InterchangeMerge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the identity number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>the name and the date of birth</source>
        <translation>姓名和出生日期</translation>
    </message>
    <message>
        <source>the name and the unit</source>
        <translation>姓名和单位</translation>
    </message>
    <message>
        <source>its parent unit is not in the file</source>
        <translation>其上级单位不在文件中</translation>
    </message>
    <message>
        <source>units: %1: %2</source>
        <translation>单位：%1：%2</translation>
    </message>
    <message>
        <source>%1 cadres of this database share %2; which one is meant cannot be told</source>
        <translation>本库有 %1 名干部的%2相同，无法确定指的是哪一名</translation>
    </message>
    <message>
        <source>%1 records of this database could be meant; which one cannot be told</source>
        <translation>可能对应本库 %1 条记录，无法确定是哪一条</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 in the file</source>
        <translation>%1：本库为 %2，文件为 %3</translation>
    </message>
    <message>
        <source>differs from the database (%1)</source>
        <translation>与本库不一致（%1）</translation>
    </message>
    <message>
        <source>the clue's steps differ from this database's from step %1 on: "%2" on %3 here, "%4" on %5 in the file</source>
        <translation>线索的处置步骤自第 %1 步起与本库不一致：本库为 %3“%2”，文件为 %5“%4”</translation>
    </message>
    <message>
        <source>gives the subject the outcome %1, but the clue here has not reached it</source>
        <translation>文件给出被反映人的了结方式 %1，但本库该线索尚未到达这一步</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>%1 same</source>
        <translation>相同 %1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s) with this database; nothing was imported. %1</source>
        <translation>
            <numerusform>文件与本数据库有 %n 处问题，未导入任何内容。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterchangeStreamWriter</name>
    <message>
        <source>%1 changed while it was imported; nothing was imported.</source>
        <translation>%1 在导入过程中被修改；未导入任何内容。</translation>
    </message>
    <message>
        <source>The file changed while it was imported; nothing was imported.</source>
        <translation>文件在导入过程中被修改；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>InterchangeTableWriter</name>
    <message>
        <source>%1: field "%2": %3 is not one of %4</source>
        <translation>%1：字段“%2”：%3 不在 %4 之中</translation>
    </message>
    <message>
        <source>%1: %2 break the rule: %3</source>
        <translation>%1：%2 违反规则：%3</translation>
    </message>
    <message>
        <source>the fields</source>
        <translation>这些字段</translation>
    </message>
    <message>
        <source>fields %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>%1: field "%2": %3 is already used by another %4</source>
        <translation>%1：字段“%2”：%3 已被另一条%4使用</translation>
    </message>
    <message>
        <source>%1: fields %2 together are already used by another %3</source>
        <translation>%1：字段 %2 的组合已被另一条%3使用</translation>
    </message>
    <message>
        <source>%1: field "%2" may not be null</source>
        <translation>%1：字段“%2”不能为空</translation>
    </message>
    <message>
        <source>%1: the database refused the record: %2</source>
        <translation>%1：数据库拒绝了该记录：%2</translation>
    </message>
</context>
<context>
    <name>InterchangeValues</name>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a timestamp (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>时间戳（YYYY-MM-DDThh:mm:ssZ）</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>base64 文本</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>文本 %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>is required and may not be null</source>
        <translation>为必填项，不能为空</translation>
    </message>
    <message>
        <source>may not be null (leave it out for the default)</source>
        <translation>不能为空（如需默认值请省略）</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is not a timestamp (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>%1 不是时间戳（YYYY-MM-DDThh:mm:ssZ）</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>holds %1 where %2 belongs</source>
        <translation>此处应为%2，实际为%1</translation>
    </message>
</context>
<context>
    <name>LedgerColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Work unit and position</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>处置日期</translation>
    </message>
    <message>
        <source>How far it has gone</source>
        <translation>办结情况</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation>检查类型</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>There is no ledger of %1.</source>
        <translation>没有 %1 台账。</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>no such unit in the unit tree</source>
        <translation>单位树中没有这个单位</translation>
    </message>
    <message>
        <source>no clue has this number</source>
        <translation>没有此编号的问题线索</translation>
    </message>
    <message>
        <source>no case has this number</source>
        <translation>没有此编号的案件</translation>
    </message>
    <message>
        <source>no inspection of this unit on that day: import the inspections first</source>
        <translation>该单位在该日没有监督检查：请先导入监督检查台账</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>不是以下之一：%1</translation>
    </message>
    <message>
        <source>write 在办, 已了结, 立案 or 移送, or a step of the workflow</source>
        <translation>请填写在办、已了结、立案或移送，或处置流程中的某一步</translation>
    </message>
    <message>
        <source>not a way a clue is concluded</source>
        <translation>不是问题线索的了结方式</translation>
    </message>
    <message>
        <source>before the clue was received</source>
        <translation>早于线索受理日期</translation>
    </message>
    <message>
        <source>before the clue was disposed of</source>
        <translation>早于线索处置日期</translation>
    </message>
    <message>
        <source>the clue was disposed of as “%1”</source>
        <translation>该线索已按“%1”处置</translation>
    </message>
    <message>
        <source>the clue is “%1”; it cannot go on to “%2”</source>
        <translation>该线索当前为“%1”，不能转为“%2”</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 differs from row %2, which gives the same record: %3 → %4</source>
        <translation>%1与第 %2 行（同一记录）不一致：%3 → %4</translation>
    </message>
    <message>
        <source>names %1 a second time for the same record</source>
        <translation>同一记录中第二次出现 %1</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>增加 %1</translation>
    </message>
    <message>
        <source>%1 records could be meant: the row matches each of them in part</source>
        <translation>有 %1 条记录都可能是所指：本行与每条都只部分相符</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 records do not come from a ledger.</source>
        <translation>%1记录不能从台账导入。</translation>
    </message>
    <message>
        <source>There is no record kind called %1.</source>
        <translation>没有名为 %1 的记录类别。</translation>
    </message>
    <message>
        <source>%1 has no header row for %2 records: one row must name their columns, such as %3 …</source>
        <translation>%1 中没有%2记录的表头行：须有一行写明各列名称，例如 %3……</translation>
    </message>
    <message numerus="yes">
        <source>The ledger has %n problem(s); nothing was imported. %1</source>
        <translation>
            <numerusform>台账中有 %n 个问题；未导入任何内容。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2) was refused: %3; nothing was imported.</source>
        <translation>第 %1 行（%2）被拒绝：%3；未导入任何内容。</translation>
    </message>
    <message>
        <source>From the ledger %1</source>
        <translation>来自台账 %1</translation>
    </message>
    <message>
        <source>not a kind of inspection</source>
        <translation>不是监督检查类型</translation>
    </message>
    <message>
        <source>%1 inspections of this unit could be meant: give the day it began and its kind</source>
        <translation>该单位有 %1 次监督检查都可能是所指：请填写检查开始日期和检查类型</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>LedgerValues</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>不是以下之一：%1</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>not between %1 and %2</source>
        <translation>不在 %1 至 %2 之间</translation>
    </message>
    <message>
        <source>write 是 or 否</source>
        <translation>请填“是”或“否”</translation>
    </message>
    <message>
        <source>it is a %1, but the system given differs</source>
        <translation>这是%1，与所填处分类别不符</translation>
    </message>
    <message>
        <source>留党察看 is a party sanction</source>
        <translation>留党察看是党纪处分</translation>
    </message>
    <message>
        <source>not a sanction: write it as 党内警告, 严重警告, 政务记过, 留党察看一年 …</source>
        <translation>不是处分种类：请写作党内警告、严重警告、政务记过、留党察看一年……</translation>
    </message>
    <message>
        <source>a party or a government sanction? Write 党内%1 or 政务%1</source>
        <translation>是党纪处分还是政务处分？请写作“党内%1”或“政务%1”</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Create the Administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its system administrator: the administrator makes the other accounts, but cannot read dossiers.</source>
        <translation>此数据库尚无账户。请创建系统管理员：系统管理员负责建立其他账户，但不能查阅档案。</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>登录 %1。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>账户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The window was locked after a while without use. Enter your password to go on.</source>
        <translation>窗口因长时间未操作已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Demo database: every account (admin, security, auditor, officer, reviewer) has the password demo.</source>
        <translation>演示数据库：所有账户（admin、security、auditor、officer、reviewer）的密码均为 demo。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Integrity Dossier databases (*.db *.dossier);;All files (*)</source>
        <translation>廉政档案数据库 (*.db *.dossier);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Demo database: the people and events are invented</source>
        <translation>演示数据库：人物和事件均为虚构</translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation>所有修改即时保存</translation>
    </message>
    <message>
        <source>Each change is written to the database, with its audit entry, the moment you confirm it.</source>
        <translation>每项修改在您确认时即写入数据库，并记入审计记录。</translation>
    </message>
    <message>
        <source>Integrity Dossier</source>
        <translation>廉政档案</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>dossiers.db</source>
        <translation>廉政档案.db</translation>
    </message>
    <message>
        <source>Nothing to save: every change was written to the database the moment you confirmed it.</source>
        <translation>无需保存：每项修改在您确认时已写入数据库。</translation>
    </message>
    <message>
        <source>About Integrity Dossier</source>
        <translation>关于廉政档案</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Integrity Dossier %1&lt;/h3&gt;&lt;p&gt;One integrity dossier per cadre, for the staff of a commission for discipline inspection and supervision. It works offline; the data stays in the database file on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;廉政档案 %1&lt;/h3&gt;&lt;p&gt;一人一档，供纪检监察机关工作人员使用。程序完全离线运行，数据只保存在本机的数据库文件中。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>(read only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Cadres %1 · Clues %2 · Cases %3</source>
        <translation>干部 %1 · 问题线索 %2 · 案件 %3</translation>
    </message>
    <message>
        <source>Cadres %1</source>
        <translation>干部 %1</translation>
    </message>
    <message>
        <source>The database is damaged: read only</source>
        <translation>数据库已损坏：只读</translation>
    </message>
    <message>
        <source>SQLite's check found damage (%1). Nothing more is written to this database: read what you need, run check, and restore the newest backup.</source>
        <translation>SQLite 检查发现损坏（%1）。不会再向该数据库写入：请读取所需内容，运行 check，并恢复最新的备份。</translation>
    </message>
    <message>
        <source>Backup Not Restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>Open the database to restore into first.</source>
        <translation>请先打开要恢复到的数据库。</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: the database is as it was. Sign in again to go on.</source>
        <translation>%1

没有作任何改动，数据库保持原样。请重新登录后继续。</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>Restored from %1; the database as it was is kept as %2.</source>
        <translation>已从 %1 恢复；恢复前的数据库保留为 %2。</translation>
    </message>
    <message>
        <source>Export Directory to Excel</source>
        <translation>将干部名录导出为 Excel</translation>
    </message>
    <message>
        <source>Cadre directory</source>
        <translation>干部名册</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n cadre(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 名干部导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory Not Exported</source>
        <translation>干部名录未导出</translation>
    </message>
    <message>
        <source>The commission's name and confidentiality marking</source>
        <translation>本委名称和密级标志</translation>
    </message>
    <message>
        <source>Printed on every paper; the system administrator sets them.</source>
        <translation>打印在每份文书上；由系统管理员设置。</translation>
    </message>
    <message>
        <source>The accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The security administrator, the auditor and the case officers, with their real names; the system administrator makes them, the security administrator gives roles.</source>
        <translation>安全保密管理员、安全审计员和档案管理员，并填写真实姓名；由系统管理员建立账户，由安全保密管理员授予角色。</translation>
    </message>
    <message>
        <source>The unit tree</source>
        <translation>单位树</translation>
    </message>
    <message>
        <source>The roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>The organization department's roster from Excel, WPS or CSV; a case officer imports it.</source>
        <translation>组织部的 Excel、WPS 或 CSV 花名册；由档案管理员导入。</translation>
    </message>
    <message>
        <source>The first backup</source>
        <translation>首次备份</translation>
    </message>
    <message>
        <source>Backups are made every day in %1; Back Up Now makes one elsewhere too, such as a removable drive.</source>
        <translation>每天自动备份到 %1；“立即备份”可另存一份到其他位置，如移动存储介质。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Rosters and ledgers (*.xlsx *.csv);;All files (*)</source>
        <translation>花名册和台账 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated. Edit ▸ Undo takes it back.</source>
        <translation>已导入：新增 %1 条，更新 %2 条。可用“编辑 ▸ 撤销”整体撤回。</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation>%1台账</translation>
    </message>
    <message>
        <source>Export Ledger to Excel</source>
        <translation>将台账导出为 Excel</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>台账：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger Not Exported</source>
        <translation>台账未导出</translation>
    </message>
    <message>
        <source>Enter the Unit Tree…</source>
        <translation>录入单位树…</translation>
    </message>
    <message>
        <source>The county, its townships and departments; a case officer types or pastes them here, adds them one by one in the unit tree's menu, or has the roster make them.</source>
        <translation>本县及其乡镇、部门等单位；档案管理员可在此录入或粘贴，也可在单位树的右键菜单中逐个新建，或随花名册导入自动建立。</translation>
    </message>
    <message>
        <source>Undo or Redo Refused</source>
        <translation>未能撤销或重做</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;Cadre…</source>
        <translation>新增干部(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close &amp;Dossier</source>
        <translation>关闭档案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>编辑记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find Cadre</source>
        <translation>查找干部(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Search and Filters</source>
        <translation>清除检索和筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Cadre &amp;Directory</source>
        <translation>干部名录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Integrity Dossier</source>
        <translation>关于廉政档案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>新增记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport to PDF…</source>
        <translation>导出为 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Summary &amp;Options…</source>
        <translation>摘要选项(&amp;O)…</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>页面设置(&amp;U)…</translation>
    </message>
    <message>
        <source>Integrity Opinion &amp;Reply…</source>
        <translation>党风廉政意见回复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Export Directory to E&amp;xcel…</source>
        <translation>将干部名录导出为 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;First Steps…</source>
        <translation>初始设置(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Ledger to Excel…</source>
        <translation>将台账导出为 Excel(&amp;L)…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MeasureListModel</name>
    <message>
        <source>No impact period</source>
        <translation>无影响期</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>影响期内</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已届满</translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>处分或处理</translation>
    </message>
    <message>
        <source>Impact period</source>
        <translation>影响期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定机关</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>Sanctions and handling</source>
        <translation>处分及处理</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Impact periods are computed from the rules in force on each effective date, with stacking; they cannot be typed in. Hover over a row for how its period was reached.</source>
        <translation>影响期按各生效日期当时施行的规则计算（含累加），不能手工填写。将鼠标停在某一行上，可查看其影响期的计算过程。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a Return Package</source>
        <translation>合并回传包</translation>
    </message>
    <message>
        <source>A return package answers a review package sent from this database. It is checked before anything is shown: who signed it, that it is unaltered, meant for this database, not expired and not merged before.</source>
        <translation>回传包对应本数据库发出的审理包。显示任何内容之前先核验：由谁签名、未被改动、属于本数据库、未过期、未曾合并。</translation>
    </message>
    <message>
        <source>Open a Return Package</source>
        <translation>打开回传包</translation>
    </message>
    <message>
        <source>&amp;Return package:</source>
        <translation>回传包(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Conflicts: changed on both sides</source>
        <translation>冲突：双方都作了修改</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the return package.</source>
        <translation>请选择回传包。</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未作任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>The return package of %1 from %2, made on %3, with %n audit entries of the review copy.</source>
        <translation>
            <numerusform>%2于%3制作的%1回传包，附审理副本审计记录 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>None: nothing to decide.</source>
        <translation>无，不需要决定。</translation>
    </message>
    <message>
        <source>Conflict %1 of %2: %3</source>
        <translation>冲突 %1/%2：%3</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>The record as a whole</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <source>This database now:</source>
        <translation>本库现值：</translation>
    </message>
    <message>
        <source>The reviewer's:</source>
        <translation>审理人员的值：</translation>
    </message>
    <message>
        <source>&amp;Keep this database's</source>
        <translation>保留本库的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the reviewer's</source>
        <translation>采用审理人员的(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conflict(s) decided.</source>
        <translation>
            <numerusform>%n 处冲突已决定 %1 处。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n record(s) written.</source>
        <translation>
            <numerusform>已合并：写入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts decided: %1, of which taken from the reviewer: %2.</source>
        <translation>已决定冲突 %1 处，其中采用审理人员的 %2 处。</translation>
    </message>
    <message>
        <source>The review package of %1 is now marked merged: its return package is not merged again.</source>
        <translation>%1的审理包已标记为已合并，其回传包不会再次合并。</translation>
    </message>
</context>
<context>
    <name>MergeUnitsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 并入 %2</translation>
    </message>
    <message>
        <source>That unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>单位不能并入自身。</translation>
    </message>
    <message>
        <source>%1 cannot be merged into a unit below it.</source>
        <translation>%1 不能并入其下级单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are limited to %1: the security administrator gives them their units first.</source>
        <translation>
            <numerusform>有 %n 个账户的单位范围限于 %1：请先由安全保密管理员调整其单位范围。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>NewCadre</name>
    <message>
        <source>New Cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>The new database is empty. Name the county (or city) whose cadres it will hold, for example 清河县. Its units and cadres can then be added or imported.</source>
        <translation>新数据库是空的。请填写该库所管干部所在的县（或市）名称，例如“清河县”。之后即可添加或导入其单位和干部。</translation>
    </message>
</context>
<context>
    <name>OpenPackageDialog</name>
    <message>
        <source>Open a Review Package</source>
        <translation>打开审理包</translation>
    </message>
    <message>
        <source>The review package becomes a review copy: a database of its own on this computer, holding the package's cases. Sign in with your account's name and password, as at the commission.</source>
        <translation>审理包将成为审理副本：本机上一个单独的数据库，只含包内的案件。请用您在纪委监委的账户名和密码登录。</translation>
    </message>
    <message>
        <source>Keep the Review Copy in</source>
        <translation>审理副本保存位置</translation>
    </message>
    <message>
        <source>Integrity Dossier databases (*.db);;All files (*)</source>
        <translation>廉政档案数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>As at the commission</source>
        <translation>与在纪委监委时相同</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>审理包(&amp;P)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Keep the copy in:</source>
        <translation>副本保存在(&amp;K)：</translation>
    </message>
    <message>
        <source>Your account's &amp;name:</source>
        <translation>账户名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Open and Sign In</source>
        <translation>打开并登录</translation>
    </message>
    <message>
        <source>This is a return package: it is merged in the commission's own database (Review ▸ Merge a Return Package…).</source>
        <translation>这是回传包：应在纪委监委自己的数据库中合并（审理 ▸ 合并回传包…）。</translation>
    </message>
    <message>
        <source>Cases %1 from %2, sent by %3 on %4; opens until %5.
SHA-256: %6</source>
        <translation>%2的案件%1，%3于%4发出；有效期至%5。
SHA-256：%6</translation>
    </message>
    <message>
        <source>Review copy %1</source>
        <translation>审理副本 %1</translation>
    </message>
    <message>
        <source>Choose the review package.</source>
        <translation>请选择审理包。</translation>
    </message>
    <message>
        <source>Choose where to keep the review copy.</source>
        <translation>请选择审理副本的保存位置。</translation>
    </message>
</context>
<context>
    <name>OpinionBatchDialog</name>
    <message>
        <source>Integrity Opinion Reply</source>
        <translation>党风廉政意见回复</translation>
    </message>
    <message>
        <source>e.g. 中共××县委组织部</source>
        <translation>如：中共××县委组织部</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>来函单位(&amp;R)：</translation>
    </message>
    <message>
        <source>Request &amp;number:</source>
        <translation>来函文号(&amp;N)：</translation>
    </message>
    <message>
        <source>Request &amp;date:</source>
        <translation>来函日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>征求意见用途(&amp;P)：</translation>
    </message>
    <message>
        <source>Facts &amp;as of:</source>
        <translation>查核截止日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Add Cadre…</source>
        <translation>添加干部…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Cadres:</source>
        <translation>干部：</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>出具意见(&amp;A)</translation>
    </message>
    <message>
        <source>Decide each cadre's category as of the date and store the batch; it then appears in each dossier.</source>
        <translation>按截止日期逐人判定意见类别并保存本批意见；保存后将显示在每名干部的档案中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit and position</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>回复表述</translation>
    </message>
    <message>
        <source>Facts behind the selected answer:</source>
        <translation>所选意见的依据：</translation>
    </message>
    <message>
        <source>Adjust &amp;Wording…</source>
        <translation>调整表述(&amp;W)…</translation>
    </message>
    <message>
        <source>Pre&amp;view and Print…</source>
        <translation>预览并打印(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport to PDF…</source>
        <translation>导出为 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Adjusted by %1: %2</source>
        <translation>由%1调整：%2</translation>
    </message>
    <message>
        <source>Adjust Wording</source>
        <translation>调整表述</translation>
    </message>
    <message>
        <source>Required: recorded with your name</source>
        <translation>必填：将与您的姓名一并记录</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>表述(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Add from a &amp;List…</source>
        <translation>按名单添加(&amp;L)…</translation>
    </message>
    <message>
        <source>Export &amp;Table to Excel…</source>
        <translation>将列表导出为 Excel(&amp;T)…</translation>
    </message>
    <message>
        <source>Integrity opinions</source>
        <translation>党风廉政意见</translation>
    </message>
</context>
<context>
    <name>OpinionBatches</name>
    <message>
        <source>Name who asked for the opinions (the requester).</source>
        <translation>请填写征求意见的单位（来函单位）。</translation>
    </message>
    <message>
        <source>Say what the opinions are for (the purpose).</source>
        <translation>请填写征求意见的用途。</translation>
    </message>
    <message>
        <source>The request needs its date and the date the facts are read.</source>
        <translation>请填写来函日期和查核截止日期。</translation>
    </message>
    <message>
        <source>The reply cannot be dated before the request.</source>
        <translation>回复日期不能早于来函日期。</translation>
    </message>
    <message>
        <source>Name at least one cadre.</source>
        <translation>请至少选择一名干部。</translation>
    </message>
    <message>
        <source>A cadre is named twice.</source>
        <translation>有干部被重复列入。</translation>
    </message>
    <message>
        <source>There is no cadre with id %1.</source>
        <translation>没有编号为 %1 的干部。</translation>
    </message>
    <message>
        <source>The adjusted wording is empty.</source>
        <translation>调整后的意见表述为空。</translation>
    </message>
    <message>
        <source>Say why the wording is adjusted.</source>
        <translation>请说明调整意见表述的理由。</translation>
    </message>
    <message>
        <source>There is no opinion answer with id %1.</source>
        <translation>没有编号为 %1 的意见回复。</translation>
    </message>
    <message>
        <source>There is no opinion batch with id %1.</source>
        <translation>没有编号为 %1 的意见批次。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date</source>
        <translation>勾选后填写日期</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <source>This file is not a review or return package.</source>
        <translation>这个文件不是审理包或回传包。</translation>
    </message>
    <message>
        <source>The package is damaged, cut short or was altered after it was sealed.</source>
        <translation>该包已损坏、不完整，或在封装后被改动过。</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法由口令生成密钥。</translation>
    </message>
    <message>
        <source>A package is either a review or a return package.</source>
        <translation>包只能是审理包或回传包。</translation>
    </message>
    <message>
        <source>A package needs a valid id and expiry date.</source>
        <translation>包需要有效的编号和有效期。</translation>
    </message>
    <message>
        <source>A return package must be signed.</source>
        <translation>回传包必须签名。</translation>
    </message>
    <message>
        <source>A review package is not signed.</source>
        <translation>审理包不签名。</translation>
    </message>
    <message>
        <source>The return package could not be signed: the signature does not match the signer's key.</source>
        <translation>回传包无法签名：签名与签名人的密钥不符。</translation>
    </message>
    <message>
        <source>This is a review package, not a return package.</source>
        <translation>这是审理包，不是回传包。</translation>
    </message>
    <message>
        <source>This is a return package, not a review package.</source>
        <translation>这是回传包，不是审理包。</translation>
    </message>
    <message>
        <source>The return package is not signed, so it cannot be trusted.</source>
        <translation>回传包没有签名，不可信。</translation>
    </message>
    <message>
        <source>The return package is not signed by the reviewer it was sent to.</source>
        <translation>回传包不是由接收审理包的审理人员签名的。</translation>
    </message>
    <message>
        <source>This package is sealed to a reviewer's key, not with a passphrase.</source>
        <translation>该包是用审理人员的密钥加密的，不是用口令。</translation>
    </message>
    <message>
        <source>This package is sealed with a passphrase, not to a reviewer's key.</source>
        <translation>该包是用口令加密的，不是用审理人员的密钥。</translation>
    </message>
    <message>
        <source>The return package belongs to another commission's database (%1), not to this one.</source>
        <translation>该回传包属于另一个纪委监委的数据库（%1），不属于本数据库。</translation>
    </message>
    <message>
        <source>The package %1 has already been merged.</source>
        <translation>包 %1 已经合并过。</translation>
    </message>
    <message>
        <source>The package expired on %1 (%2) and can no longer be opened.</source>
        <translation>该包已于%1（%2）过期，不能再打开。</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the package's key.</source>
        <translation>内存不足，无法保护该包的密钥。</translation>
    </message>
    <message>
        <source>The reviewer's signing key is not valid.</source>
        <translation>审理人员的签名密钥无效。</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The reviewer's public key is not valid.</source>
        <translation>审理人员的公钥无效。</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this package.</source>
        <translation>口令不对，打不开这个包。</translation>
    </message>
    <message>
        <source>This package was sealed to another reviewer's key, not to this one.</source>
        <translation>该包是用另一名审理人员的密钥加密的，不是这一把。</translation>
    </message>
</context>
<context>
    <name>PackageFileField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Review packages (*.idrpkg);;All files (*)</source>
        <translation>审理包 (*.idrpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Return packages (*.idrret);;All files (*)</source>
        <translation>回传包 (*.idrret);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library could not start (no source of randomness).</source>
        <translation>密码库无法启动（没有随机数来源）。</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>PastedNamesDialog</name>
    <message>
        <source>Add Cadres from a List</source>
        <translation>按名单添加干部</translation>
    </message>
    <message>
        <source>Paste the names or identity numbers, one per line or separated by commas:</source>
        <translation>粘贴姓名或身份证号，每行一个，或用逗号、顿号分隔：</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>As given</source>
        <translation>所填内容</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n cadre(s) of this name: choose one</source>
        <translation>
            <numerusform>有 %n 名同名干部：请选择一人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found, %2 to choose among several of one name, %3 not found.</source>
        <translation>找到 %1 人，%2 人需在同名干部中选择，%3 人未找到。</translation>
    </message>
</context>
<context>
    <name>PdfTextLayer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>from %1, permanent</source>
        <translation>自 %1 起，无期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>PostgreSqlSchema</name>
    <message>
        <source>The schema has a statement with no PostgreSQL form: %1</source>
        <translation>数据库结构中有一条语句没有 PostgreSQL 写法：%1</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Open a database first.</source>
        <translation>请先打开数据库。</translation>
    </message>
    <message>
        <source>The printer %1 cannot be used.</source>
        <translation>无法使用打印机 %1。</translation>
    </message>
    <message>
        <source>Dossier summaries</source>
        <translation>廉政档案摘要</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print Dossier Summaries</source>
        <translation>打印廉政档案摘要</translation>
    </message>
    <message>
        <source>Printing dossier summaries…</source>
        <translation>正在打印廉政档案摘要…</translation>
    </message>
    <message>
        <source>Dossier summaries.pdf</source>
        <translation>廉政档案摘要.pdf</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing dossier summaries…</source>
        <translation>正在生成廉政档案摘要…</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>正在生成打印预览…</translation>
    </message>
    <message>
        <source>There is nothing to print in this paper yet: a decision needs a proposed party or government sanction, and a subject's paper a subject.</source>
        <translation>这份文书还没有可打印的内容：处分决定书需要有拟给予的党纪或政务处分，个人文书需要选定被审查调查人。</translation>
    </message>
</context>
<context>
    <name>ProgramSettings</name>
    <message>
        <source>There is no setting called "%1".</source>
        <translation>没有名为“%1”的设置。</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The file has an unknown table "%1"</source>
        <translation>文件中有未知的表“%1”</translation>
    </message>
    <message>
        <source>tables.%1 is not a list of records</source>
        <translation>tables.%1 不是记录列表</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The file's "tables" is not an object of tables.</source>
        <translation>文件的“tables”不是由数据表组成的对象。</translation>
    </message>
    <message>
        <source>it has no "tables" field</source>
        <translation>缺少“tables”字段</translation>
    </message>
    <message>
        <source>The file has an unknown top-level field "%1".</source>
        <translation>文件中有未知的顶层字段“%1”。</translation>
    </message>
    <message>
        <source>it has no "format" field</source>
        <translation>缺少“format”字段</translation>
    </message>
    <message>
        <source>its "format" is %1, not "%2"</source>
        <translation>其“format”为 %1，而不是“%2”</translation>
    </message>
    <message>
        <source>The file is format version %1, written by a newer Integrity Dossier; this version reads format versions up to %2. Please update the program.</source>
        <translation>文件的格式版本为 %1，由更新版本的廉政档案写入；本版本最高可读取格式版本 %2。请升级程序。</translation>
    </message>
    <message>
        <source>it has no "%1" field</source>
        <translation>缺少“%1”字段</translation>
    </message>
    <message>
        <source>The file's "%1" must be a whole number from 1 up; it is %2.</source>
        <translation>文件的“%1”必须是不小于 1 的整数，实际为 %2。</translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <source>%1 on the server %2</source>
        <translation>%2服务器上的 %1</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>A position cannot end before it starts (%1).</source>
        <translation>任职结束时间不能早于开始时间（%1）。</translation>
    </message>
    <message>
        <source>An inspection cannot end before it starts (%1).</source>
        <translation>检查结束时间不能早于开始时间（%1）。</translation>
    </message>
    <message>
        <source>The deadline cannot come before the notice was issued (%1).</source>
        <translation>整改期限不能早于文书下发日期（%1）。</translation>
    </message>
    <message>
        <source>The rectification deadline cannot come before the problem was found (%1).</source>
        <translation>整改期限不能早于发现问题的日期（%1）。</translation>
    </message>
    <message>
        <source>A rectification cannot be completed before the problem was found (%1).</source>
        <translation>整改完成日期不能早于发现问题的日期（%1）。</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was filed (%1).</source>
        <translation>结案日期不能早于立案日期（%1）。</translation>
    </message>
    <message>
        <source>Party rights cannot be restored before the sanction took effect (%1).</source>
        <translation>恢复党员权利的日期不能早于处分生效日期（%1）。</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>A rectified problem needs the day it was completed.</source>
        <translation>已整改的问题需填写整改完成日期。</translation>
    </message>
    <message>
        <source>A problem with a completion day is rectified: set the status to rectified, or clear the day.</source>
        <translation>已填写完成日期的问题即为已整改：请将状态设为“已整改”，或清除该日期。</translation>
    </message>
    <message>
        <source>A talk about a clue cannot come before the clue was received (%1).</source>
        <translation>就线索进行的谈话不能早于线索受理日期（%1）。</translation>
    </message>
    <message>
        <source>A problem cannot be found before the inspection began (%1).</source>
        <translation>发现问题的日期不能早于检查开始日期（%1）。</translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation>处置步骤需填写日期。</translation>
    </message>
    <message>
        <source>A step cannot come before the clue was received (%1).</source>
        <translation>处置步骤不能早于线索受理日期（%1）。</translation>
    </message>
    <message>
        <source>The reply cannot come before the talk or letter of inquiry (%1).</source>
        <translation>回复不能早于谈话函询的日期（%1）。</translation>
    </message>
    <message>
        <source>A step cannot come before the step before it (%1).</source>
        <translation>处置步骤不能早于上一步骤（%1）。</translation>
    </message>
    <message>
        <source>Choose the next step.</source>
        <translation>请选择下一步骤。</translation>
    </message>
    <message>
        <source>%1 is %2, after today: is that the date you mean?</source>
        <translation>%1为%2，晚于今天：日期是否填写正确？</translation>
    </message>
    <message>
        <source>This cadre already has a party sanction in this case: one case gives one party sanction to each person.</source>
        <translation>该干部在本案中已有党纪处分：同一案件对同一人只给予一个党纪处分。</translation>
    </message>
    <message>
        <source>This cadre already has a government sanction in this case: one case gives one government sanction to each person.</source>
        <translation>该干部在本案中已有政务处分：同一案件对同一人只给予一个政务处分。</translation>
    </message>
    <message>
        <source>The step is dated %1, after today: is that the date you mean?</source>
        <translation>该步骤日期为%1，晚于今天：日期是否填写正确？</translation>
    </message>
    <message>
        <source>A disposition (%1) is approved by a leader, and no approving leader is given.</source>
        <translation>处置（%1）须经领导批准，但未填写批准领导。</translation>
    </message>
    <message>
        <source>A suspension cannot be lifted before it took effect (%1).</source>
        <translation>停职检查不能在生效（%1）之前解除。</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Clue step: %1</source>
        <translation>线索处置步骤：%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else after the undo; redoing the change would overwrite theirs, so it was not redone.</source>
        <translation>撤销之后，此%1又被他人修改；重做会覆盖对方的修改，因此未重做。</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else after your change; undoing yours would overwrite theirs, so it was not undone.</source>
        <translation>您修改之后，此%1又被他人修改；撤销您的修改会覆盖对方的修改，因此未撤销。</translation>
    </message>
</context>
<context>
    <name>RecordDetailKinds</name>
    <message>
        <source>Own marriage</source>
        <translation>本人的婚姻情况</translation>
    </message>
    <message>
        <source>Ordinary passports held and private trips abroad</source>
        <translation>本人持有普通护照以及因私出国的情况</translation>
    </message>
    <message>
        <source>Permits for Hong Kong, Macao and Taiwan, and private trips there</source>
        <translation>本人持有往来港澳、台湾通行证以及因私往来港澳、台湾的情况</translation>
    </message>
    <message>
        <source>Children married to foreigners or stateless persons</source>
        <translation>子女与外国人、无国籍人通婚的情况</translation>
    </message>
    <message>
        <source>Children married to residents of Hong Kong, Macao or Taiwan</source>
        <translation>子女与港澳以及台湾居民通婚的情况</translation>
    </message>
    <message>
        <source>Spouse or children settled or living abroad</source>
        <translation>配偶、子女移居国（境）外或连续在国（境）外工作、生活一年以上的情况</translation>
    </message>
    <message>
        <source>Employment of the spouse, children and their spouses</source>
        <translation>配偶、子女及其配偶的从业情况</translation>
    </message>
    <message>
        <source>Spouse, children or their spouses held criminally liable</source>
        <translation>配偶、子女及其配偶被司法机关追究刑事责任的情况</translation>
    </message>
    <message>
        <source>Own salary, bonuses, allowances and subsidies</source>
        <translation>本人的工资及各类奖金、津贴、补贴等</translation>
    </message>
    <message>
        <source>Own income from lecturing, writing, consulting, reviewing or art</source>
        <translation>本人从事讲学、写作、咨询、审稿、书画等劳务所得</translation>
    </message>
    <message>
        <source>Real estate of the cadre, spouse and children at home</source>
        <translation>本人、配偶、共同生活的子女为所有权人或者共有人的房产情况</translation>
    </message>
    <message>
        <source>Securities, shares, futures, funds, investment insurance and wealth products</source>
        <translation>本人、配偶、共同生活的子女投资或者以其他方式持有有价证券、股票、期货、基金、投资型保险以及其他金融理财产品的情况</translation>
    </message>
    <message>
        <source>Businesses run or invested in by the spouse, children and their spouses</source>
        <translation>配偶、子女及其配偶经商办企业的情况</translation>
    </message>
    <message>
        <source>Deposits and investments abroad of the cadre, spouse and children</source>
        <translation>本人、配偶、共同生活的子女在国（境）外的存款和投资情况</translation>
    </message>
    <message>
        <source>Items of the report</source>
        <translation>报告事项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>填报情况</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>填报内容</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>无此情况</translation>
    </message>
    <message>
        <source>Has matters to report</source>
        <translation>有，已填报</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Item checked</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Personal-matters item</source>
        <translation>个人有关事项</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查清单事项</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>The clue goes for every cadre it concerns, with all its steps.</source>
        <translation>该线索将对其涉及的所有干部一并删除，包括全部处置步骤。</translation>
    </message>
    <message>
        <source>The case goes for every cadre it concerns; sanctions keep their record but lose the link to it.</source>
        <translation>该案件将对其涉及的所有干部一并删除；相关处分记录保留，但不再关联该案件。</translation>
    </message>
    <message>
        <source>The event goes for everyone who attended it.</source>
        <translation>该活动将对所有参加人员一并删除。</translation>
    </message>
    <message>
        <source>Impact period</source>
        <translation>影响期</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot open the form</source>
        <translation>无法打开表单</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>New %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>标有 * 的为必填项。</translation>
    </message>
    <message>
        <source>%1 &lt;span style="color:#b3261e"&gt;*&lt;/span&gt;</source>
        <translation>%1 &lt;span style="color:#b3261e"&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cadres concerned</source>
        <translation>涉及干部</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Personal-matters report</source>
        <translation>个人有关事项报告</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Problem clue</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>Organizational handling</source>
        <translation>组织处理</translation>
    </message>
    <message>
        <source>Admonition</source>
        <translation>诫勉</translation>
    </message>
    <message>
        <source>Duty report</source>
        <translation>述责述廉报告</translation>
    </message>
    <message>
        <source>Self-examination material</source>
        <translation>对照检查材料</translation>
    </message>
    <message>
        <source>Warning education</source>
        <translation>警示教育</translation>
    </message>
    <message>
        <source>Integrity opinion</source>
        <translation>党风廉政意见</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Joined the party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Top leader of the unit</source>
        <translation>本单位一把手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Key relative</source>
        <translation>主要社会关系</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind of talk</source>
        <translation>谈话类型</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>谈话主体</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>About clue</source>
        <translation>相关线索</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>From inspection</source>
        <translation>相关监督检查</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Evidence of rectification</source>
        <translation>整改佐证材料</translation>
    </message>
    <message>
        <source>Clue number</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>From clue</source>
        <translation>相关线索</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Two responsibilities</source>
        <translation>“两个责任”</translation>
    </message>
    <message>
        <source>Probation term</source>
        <translation>留党察看期限</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>一年</translation>
    </message>
    <message>
        <source>Two years</source>
        <translation>二年</translation>
    </message>
    <message>
        <source>Rights restored on</source>
        <translation>恢复党员权利日期</translation>
    </message>
    <message>
        <source>System</source>
        <translation>处分类别</translation>
    </message>
    <message>
        <source>From case</source>
        <translation>相关案件</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定文号</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>组织处理</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价等次</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organized by</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>处置状态</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Step date</source>
        <translation>步骤日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cadre in the directory</source>
        <translation>在册干部</translation>
    </message>
    <message>
        <source>Post held</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>Clue step</source>
        <translation>线索处置步骤</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>立案审查调查</translation>
    </message>
    <message>
        <source>Family members and key relatives</source>
        <translation>家庭成员及主要社会关系</translation>
    </message>
    <message>
        <source>Personal-matters reports</source>
        <translation>个人有关事项报告</translation>
    </message>
    <message>
        <source>Items with matters</source>
        <translation>有填报事项</translation>
    </message>
    <message>
        <source>Duty and integrity reports</source>
        <translation>述责述廉报告</translation>
    </message>
    <message>
        <source>Self-examination materials</source>
        <translation>对照检查材料</translation>
    </message>
    <message>
        <source>Warning education attended</source>
        <translation>参加的警示教育</translation>
    </message>
    <message>
        <source>Power list item</source>
        <translation>权力清单事项</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256（前缀）</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话情况</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>纪检监察文书</translation>
    </message>
    <message>
        <source>Rectifications the cadre is responsible for</source>
        <translation>本人负责的整改事项</translation>
    </message>
    <message>
        <source>Inspections of the cadre's unit</source>
        <translation>所在单位的监督检查</translation>
    </message>
    <message>
        <source>Checklist items with problems</source>
        <translation>发现问题的检查事项</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>最近变更日期</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>权力事项</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法定依据</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>运行流程</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>防控措施</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>征求意见单位</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>函件编号</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>来函日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>所属记录类型</translation>
    </message>
    <message>
        <source>Record attached to</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>From notice</source>
        <translation>来源文书</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>监督单位</translation>
    </message>
    <message>
        <source>Order in the tree</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Suspension lifted on</source>
        <translation>解除停职日期</translation>
    </message>
    <message>
        <source>Member of the unit's leadership team</source>
        <translation>单位领导班子成员</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>案件审理</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审理</translation>
    </message>
    <message>
        <source>Received for review on</source>
        <translation>受理审理日期</translation>
    </message>
    <message>
        <source>Review extended to</source>
        <translation>审理期限延长至</translation>
    </message>
    <message>
        <source>Extension approved by</source>
        <translation>延长批准人</translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation>审查调查报告</translation>
    </message>
    <message>
        <source>Characterisation</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审理意见</translation>
    </message>
    <message>
        <source>Review report submitted on</source>
        <translation>审理报告提交日期</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Execution reported on</source>
        <translation>执行情况报告日期</translation>
    </message>
    <message>
        <source>How it was carried out</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Fact of a case</source>
        <translation>违纪违法事实</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Committed until</source>
        <translation>行为截至</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>情节</translation>
    </message>
    <message>
        <source>Articles violated</source>
        <translation>违反条款</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>证据种类</translation>
    </message>
    <message>
        <source>What it is and what it proves</source>
        <translation>证据内容及证明事项</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>取证日期</translation>
    </message>
    <message>
        <source>Statement of a subject</source>
        <translation>陈述申辩</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>是否采纳</translation>
    </message>
    <message>
        <source>Ground for the adjustment</source>
        <translation>从轻从重的情节依据</translation>
    </message>
    <message>
        <source>Proposed measure</source>
        <translation>拟处理意见</translation>
    </message>
    <message>
        <source>Mitigation or aggravation</source>
        <translation>从轻、减轻、从重或加重</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RecordListings</name>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>征求意见单位</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Impact until</source>
        <translation>影响期至</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>There is no record kind called %1.</source>
        <translation>没有名为 %1 的记录类别。</translation>
    </message>
    <message>
        <source>%1 has no field called %2.</source>
        <translation>%1 没有名为 %2 的字段。</translation>
    </message>
    <message>
        <source>A cadre needs a name.</source>
        <translation>干部须填写姓名。</translation>
    </message>
    <message>
        <source>The decision cannot take effect before the case was filed (%1).</source>
        <translation>处分或处理的生效日期不能早于立案日期（%1）。</translation>
    </message>
    <message>
        <source>A case cannot be filed before its clue was received.</source>
        <translation>立案日期不能早于线索受理日期。</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>A clue's state changes only through its workflow steps.</source>
        <translation>线索的处置状态只能通过处置步骤改变。</translation>
    </message>
    <message>
        <source>There is no link kind called %1.</source>
        <translation>没有名为 %1 的关联类别。</translation>
    </message>
    <message>
        <source>A link is removed by its key.</source>
        <translation>关联只能按其主键删除。</translation>
    </message>
    <message>
        <source>There is no such link to remove.</source>
        <translation>要删除的关联不存在。</translation>
    </message>
    <message>
        <source>The clue %1 does not exist.</source>
        <translation>线索 %1 不存在。</translation>
    </message>
    <message>
        <source>A clue that is "%1" cannot move to "%2".</source>
        <translation>处于“%1”状态的线索不能转为“%2”。</translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation>处置步骤需填写日期。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the step before it.</source>
        <translation>处置步骤的日期不能早于上一步骤。</translation>
    </message>
    <message>
        <source>The clue step %1 does not exist.</source>
        <translation>线索处置步骤 %1 不存在。</translation>
    </message>
    <message>
        <source>Only the latest step of a clue can be taken back.</source>
        <translation>只能撤回线索的最后一个处置步骤。</translation>
    </message>
    <message>
        <source>A clue cannot go back to the unknown state "%1".</source>
        <translation>线索不能退回到未知状态“%1”。</translation>
    </message>
    <message>
        <source>A %1 row can only be put back with its key.</source>
        <translation>%1 行只能按其主键恢复。</translation>
    </message>
    <message>
        <source>A new clue starts as registered; its state changes only through its workflow steps.</source>
        <translation>新登记的问题线索状态为“登记”，此后只能通过处置流程步骤改变状态。</translation>
    </message>
    <message>
        <source>A cadre cannot be recorded as their own relative.</source>
        <translation>干部不能登记为本人的亲属。</translation>
    </message>
    <message>
        <source>Each item may appear once, and needs its key.</source>
        <translation>每个事项只能出现一次，且须注明事项。</translation>
    </message>
    <message>
        <source>The %1 record refers to a record that does not exist, or other records still depend on it.</source>
        <translation>%1 记录引用了不存在的记录，或仍有其他记录依赖于它。</translation>
    </message>
    <message>
        <source>A %1 record with the same number or key already exists.</source>
        <translation>已存在编号或主键相同的 %1 记录。</translation>
    </message>
    <message>
        <source>Another %1 record has the same %2; it must differ from record to record.</source>
        <translation>已有另一条%1记录的%2与此相同；每条记录的%2必须各不相同。</translation>
    </message>
    <message>
        <source>The %1 record needs %2.</source>
        <translation>%1记录必须填写%2。</translation>
    </message>
    <message>
        <source>The %1 record lacks a value it needs.</source>
        <translation>%1记录缺少必填内容。</translation>
    </message>
    <message>
        <source>The %1 record's %2 is not one of the values allowed.</source>
        <translation>%1记录的%2不是允许的取值。</translation>
    </message>
    <message>
        <source>The %1 record has a value outside what is allowed.</source>
        <translation>%1记录中有超出允许范围的值。</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under a unit below it.</source>
        <translation>单位不能放在自身或其下级单位之下。</translation>
    </message>
    <message>
        <source>This %1 no longer exists: it may have been deleted meanwhile.</source>
        <translation>这条%1已不存在，可能刚被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n cadre(s): move them to another unit first.</source>
        <translation>
            <numerusform>%1 还有 %n 名干部：请先将其调到其他单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has units below it: move or delete them first.</source>
        <translation>%1 还有下级单位：请先移走或删除。</translation>
    </message>
    <message>
        <source>%1 was retired on %2: a serving cadre cannot belong to it. Choose the unit that took over its work.</source>
        <translation>%1已于%2撤销，在职干部不能属于该单位。请选择承接其工作的单位。</translation>
    </message>
    <message>
        <source>%1 was retired on %2: no unit in use can be placed under it.</source>
        <translation>%1已于%2撤销，不能在其下设置在用的单位。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n serving cadre(s): transfer them to the units that take over its work, or merge it into one, first.</source>
        <translation>
            <numerusform>%1还有 %n 名在职干部：请先将他们调往承接其工作的单位，或将该单位并入承接单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unit(s) in use below it: move or retire them first.</source>
        <translation>
            <numerusform>%1下面还有 %n 个在用的单位：请先移走或撤销它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else took a step on this clue a moment ago: it is now "%1". Your step was not taken; look at the clue again.</source>
        <translation>刚才已有他人对该线索办理了一步，现状态为“%1”。您的这一步未办理，请重新查看该线索。</translation>
    </message>
    <message>
        <source>This %1 was deleted by %2 after you opened it. Nothing of yours was saved.</source>
        <translation>您打开此%1后，%2已将其删除。您的内容均未保存。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%2 changed this %1 after you opened it. Nothing of yours was saved: compare the two versions and save again.</source>
        <translation>您打开此%1后，%2修改了它。您的内容均未保存：请对照两个版本后重新保存。</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>他人</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>新增一条记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the selected record (Enter)</source>
        <translation>修改所选记录（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>删除所选记录（Delete）</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write this list to an Excel workbook</source>
        <translation>将此列表写入 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s); open one to see the cadre's dossier.</source>
        <translation>
            <numerusform>共%n条记录；打开一条可查看该干部的廉政档案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceChoices</name>
    <message>
        <source>%1, filed on %2</source>
        <translation>%1，%2立案</translation>
    </message>
    <message>
        <source>, open</source>
        <translation>，未结案</translation>
    </message>
    <message>
        <source>, from clue %1</source>
        <translation>，源自线索 %1</translation>
    </message>
    <message>
        <source>%1, received on %2</source>
        <translation>%1，%2受理</translation>
    </message>
    <message>
        <source>%1, %2 from %3</source>
        <translation>%1，%2（%3起）</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1（%2撤销）</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>First-level headings</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>Second-level headings</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so nothing can be printed: the papers would show empty boxes. Install one (on Windows, FangSong and SimSun come with the system; on Debian or Ubuntu: sudo apt install fonts-arphic-uming) and print again.</source>
        <translation>本机未安装中文字体，无法打印：纸面上只会是一个个空框。请先安装一种中文字体（Windows 自带仿宋、宋体；Debian 或 Ubuntu 上执行 sudo apt install fonts-arphic-uming），再打印。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the printed text could not be mended</source>
        <translation>打印文字层无法修正</translation>
    </message>
</context>
<context>
    <name>ReportWorkbooks</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation>%1 无法读回。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>It is a backup of &amp;another database (another commission's, or another file's)</source>
        <translation>这是&amp;另一个数据库的备份（其他纪委监委的，或另一个文件的）</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup takes the place of %1. The database is closed first and kept beside it as it is now; the restore is recorded in the audit trail. Afterwards you sign in to the restored database.</source>
        <translation>备份将取代 %1。恢复前先关闭该数据库，并将其现状保留在同一文件夹中；恢复操作记入审计日志。恢复后请登录恢复的数据库。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Backup to Restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <source>Backups (*.db *.backup);;All files (*)</source>
        <translation>备份 (*.db *.backup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>请选择要恢复的备份。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>That is the open database itself, not a backup of it.</source>
        <translation>这是当前打开的数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The backup is encrypted: give its passphrase.</source>
        <translation>该备份已加密，请输入口令。</translation>
    </message>
</context>
<context>
    <name>ReturnMerge</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Added by the reviewer: %1</source>
        <translation>审理人员新增：%1</translation>
    </message>
    <message>
        <source>Added in this database meanwhile, kept: %1</source>
        <translation>本数据库期间新增，保留：%1</translation>
    </message>
    <message>
        <source>Changed by the reviewer: %1</source>
        <translation>审理人员修改：%1</translation>
    </message>
    <message>
        <source>Changed in this database meanwhile, kept: %1</source>
        <translation>本数据库期间修改，保留：%1</translation>
    </message>
    <message>
        <source>Removed by the reviewer: %1</source>
        <translation>审理人员删除：%1</translation>
    </message>
    <message>
        <source>Removed in this database meanwhile: %1</source>
        <translation>本数据库期间删除：%1</translation>
    </message>
    <message>
        <source>This is a review package, not a return package.</source>
        <translation>这是审理包，不是回传包。</translation>
    </message>
    <message>
        <source>The return package belongs to another commission's database (%1), not to this one.</source>
        <translation>该回传包属于另一个纪委监委的数据库（%1），不属于本数据库。</translation>
    </message>
    <message>
        <source>The return package answers no review package sent from this database.</source>
        <translation>该回传包对应的审理包不是从本数据库发出的。</translation>
    </message>
    <message>
        <source>The review package of %1 was merged already, on %2: a return package is merged once.</source>
        <translation>%1的审理包已于%2合并：回传包只能合并一次。</translation>
    </message>
    <message>
        <source>The return package's contents are not readable by this version of the program.</source>
        <translation>本版本的程序无法读取该回传包的内容。</translation>
    </message>
    <message>
        <source>The return package holds records of cases it was not sent with; it cannot be merged.</source>
        <translation>该回传包含有不属于所发案件的记录，不能合并。</translation>
    </message>
    <message>
        <source>The review copy's audit trail in the return package is broken, so the package cannot be trusted.</source>
        <translation>回传包中审理副本的审计日志不完整，该包不可信。</translation>
    </message>
    <message>
        <source>The return package carries no audit trail of the review copy, so it cannot be trusted.</source>
        <translation>回传包没有附带审理副本的审计日志，不可信。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1项</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a record's name</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left undecided, the first: %1. Decide each one: keep this database's value or take the reviewer's.</source>
        <translation>
            <numerusform>还有 %n 处冲突未决定，第一处：%1。请逐一决定：保留本数据库的值，或采用审理人员的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2的%1</translation>
    </message>
    <message numerus="yes">
        <source>There are %n conflict(s) to decide, not more.</source>
        <translation>
            <numerusform>只有 %n 处冲突需要决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The review package of %1 was merged already: a return package is merged once.</source>
        <translation>%1的审理包已经合并：回传包只能合并一次。</translation>
    </message>
    <message>
        <source>The case review records changed in this database since the preview: open the return package again to see what changed.</source>
        <translation>预览之后本数据库的案件审理记录又有改动：请重新打开回传包查看变化。</translation>
    </message>
</context>
<context>
    <name>ReturnPackage</name>
    <message>
        <source>This database is not a review copy: a return package is made on the review copy of a review package.</source>
        <translation>这个数据库不是审理副本：回传包要在审理包的审理副本上制作。</translation>
    </message>
    <message>
        <source>Making a return package needs write access to the review copy, to record it in the audit trail.</source>
        <translation>制作回传包需要审理副本的写入权限，以便记入审计日志。</translation>
    </message>
    <message>
        <source>A return package must be signed with the reviewer's key.</source>
        <translation>回传包必须用审理人员的密钥签名。</translation>
    </message>
    <message>
        <source>The return package is signed with your account's key, which your own password opens: sign in again with it.</source>
        <translation>回传包要用您账户的密钥签名，该密钥由您自己的密码打开：请用该密码重新登录。</translation>
    </message>
</context>
<context>
    <name>ReturnPackageDialog</name>
    <message>
        <source>Make the Return Package</source>
        <translation>生成回传包</translation>
    </message>
    <message>
        <source>%1

The return package carries the case review records as they stand now and this copy's audit trail, signed with the key of your account %2. The commission merges it into its own database.</source>
        <translation>%1

回传包带回案件审理记录的当前状态和本副本的审计日志，用您的账户 %2 的密钥签名。纪委监委将其合并到自己的数据库中。</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Save the Return Package</source>
        <translation>保存回传包</translation>
    </message>
    <message>
        <source>Return package %1</source>
        <translation>回传包 %1</translation>
    </message>
    <message>
        <source>Passphrase for the &amp;commission:</source>
        <translation>给纪委监委的口令(&amp;C)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再输一遍(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>生成(&amp;M)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose where to save the return package.</source>
        <translation>请选择回传包的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message numerus="yes">
        <source>The return package is written to %1: %n record(s) and %2 audit entries, signed with your account's key.
SHA-256: %3

Give the commission the file, and the passphrase by another way.</source>
        <translation>
            <numerusform>回传包已写入 %1：%n 条记录、%2 条审计记录，已用您账户的密钥签名。
SHA-256：%3

请把文件交给纪委监委，口令另行告知。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Re&amp;view</source>
        <translation>审理(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case Files…</source>
        <translation>案卷(&amp;C)…</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Case Files</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Case number, state or summary</source>
        <translation>案件编号、状态或简要案情</translation>
    </message>
    <message>
        <source>&amp;Regulation Articles…</source>
        <translation>条款表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send for Offline Review…</source>
        <translation>发送单机审理(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open a Review Package…</source>
        <translation>打开审理包(&amp;O)…</translation>
    </message>
    <message>
        <source>Make the Re&amp;turn Package…</source>
        <translation>生成回传包(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Merge a Return Package…</source>
        <translation>合并回传包(&amp;M)…</translation>
    </message>
    <message>
        <source>Review Copy</source>
        <translation>审理副本</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>Review copy of %1 from %2 — expired on %3</source>
        <translation>%2发来的%1审理副本——已于%3过期</translation>
    </message>
    <message>
        <source>Review copy of %1 from %2 — expires %3</source>
        <translation>%2发来的%1审理副本——%3过期</translation>
    </message>
    <message>
        <source>%1 already exists: a review copy is made in a new file.</source>
        <translation>%1 已存在：审理副本要建在新文件中。</translation>
    </message>
    <message>
        <source>The reviewer's account needs a name.</source>
        <translation>审理人员的账户需要名称。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This review copy expired on %1: it can no longer be worked in or sent back. Ask the commission for a new review package.</source>
        <translation>这份审理副本已于%1过期，不能再使用或回传。请向纪委监委申请新的审理包。</translation>
    </message>
    <message>
        <source>This package was sent to the account %1: sign in with that account's name and its password.</source>
        <translation>该包是发给账户 %1 的：请用该账户的名称和密码登录。</translation>
    </message>
    <message>
        <source>The password is not the password of the account %1. Use the password you sign in with at the commission.</source>
        <translation>密码不是账户 %1 的密码。请使用您在纪委监委登录的密码。</translation>
    </message>
    <message>
        <source>The password does not open the signing key of the account %1: sign in once at the commission and have the package sent again.</source>
        <translation>该密码打不开账户 %1 的签名密钥：请在纪委监委登录一次后重新发送审理包。</translation>
    </message>
</context>
<context>
    <name>ReviewCopyBanner</name>
    <message>
        <source>The copy can no longer be worked in or sent back: ask the commission for a new review package.</source>
        <translation>该副本已不能再使用或回传：请向纪委监委申请新的审理包。</translation>
    </message>
    <message>
        <source>Work done here goes back to the commission in a return package (Review ▸ Make the Return Package…).</source>
        <translation>在这里所做的工作通过回传包交回纪委监委（审理 ▸ 生成回传包…）。</translation>
    </message>
</context>
<context>
    <name>ReviewDeadlines</name>
    <message>
        <source>Review and review report</source>
        <translation>审理并提交审理报告</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>宣布</translation>
    </message>
    <message>
        <source>Delivery of the decision</source>
        <translation>送达决定</translation>
    </message>
    <message>
        <source>Report on its execution</source>
        <translation>报告执行情况</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>ReviewPackageDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> — has not yet signed in with a password of their own</source>
        <translation> — 尚未用自己的密码登录过</translation>
    </message>
    <message>
        <source>Send for Offline Review</source>
        <translation>发送单机审理</translation>
    </message>
    <message>
        <source>The case file goes to a reviewer's stand-alone computer as one encrypted file. The reviewer opens it with the passphrase and signs in there with their own account's name and password.</source>
        <translation>案卷作为一个加密文件发到审理人员的单机上。审理人员用口令打开，再用自己账户的名称和密码登录。</translation>
    </message>
    <message>
        <source>Case number, state or summary</source>
        <translation>案件编号、状态或简要案情</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the reviewer's account</source>
        <translation>选择审理人员的账户</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Save the Review Package</source>
        <translation>保存审理包</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>审理人员(&amp;R)：</translation>
    </message>
    <message>
        <source>Opens &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再输一遍(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Review package</source>
        <translation>审理包</translation>
    </message>
    <message>
        <source>Review package %1</source>
        <translation>审理包 %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose the reviewer's account.</source>
        <translation>请选择审理人员的账户。</translation>
    </message>
    <message>
        <source>Choose where to save the review package.</source>
        <translation>请选择审理包的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>The review package is written to %1.

Cases: %2
Records: %3
Reviewer: %4
Opens until: %5
SHA-256: %6

Give the reviewer the file, and the passphrase by another way — in person or by phone, never with the file. The reviewer can compare the SHA-256 with what their computer shows.</source>
        <translation>审理包已写入 %1。

案件：%2
记录：%3
审理人员：%4
有效期至：%5
SHA-256：%6

请把文件交给审理人员，口令另行告知——当面或电话告知，切勿与文件一起传递。审理人员可以核对其电脑显示的 SHA-256。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReviewPackageExport</name>
    <message>
        <source>Sending a review package needs write access to the database, to record the package and its export.</source>
        <translation>发送审理包需要数据库的写入权限，以便登记该包及其导出。</translation>
    </message>
    <message>
        <source>This is a review copy: review packages are sent from the commission's own database.</source>
        <translation>这是审理副本：审理包要从纪委监委自己的数据库发出。</translation>
    </message>
    <message>
        <source>Choose at least one case to send for review.</source>
        <translation>请至少选择一个案件送审。</translation>
    </message>
    <message>
        <source>A review package needs an expiry date from today on.</source>
        <translation>审理包的有效期不能早于今天。</translation>
    </message>
    <message>
        <source>Name the reviewer the package is for.</source>
        <translation>请指定接收该包的审理人员。</translation>
    </message>
    <message>
        <source>The reviewer's signing key is not valid: it is a public key of 64 hexadecimal characters.</source>
        <translation>审理人员的签名密钥无效：应为 64 位十六进制字符的公钥。</translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation>没有名为 %1 的账户。</translation>
    </message>
    <message>
        <source>The case concerns the reviewer's own dossier or a close relative's: no one may review those. Send it to another reviewer.</source>
        <translation>该案涉及审理人员本人或其近亲属的档案，不得由其审理。请发给其他审理人员。</translation>
    </message>
    <message>
        <source>The account %1 does not read dossiers: a review package goes to a case officer's or a reviewer's account.</source>
        <translation>账户 %1 不能查阅档案：审理包只能发给案件办理人员或审理人员的账户。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The case concerns a cadre outside the units of the account %1: send it to a reviewer whose units include it.</source>
        <translation>该案涉及账户 %1 单位范围以外的干部：请发给单位范围包括该干部的审理人员。</translation>
    </message>
    <message>
        <source>The account %1 has no signing key yet: its owner signs in here once and sets a password of their own, which makes the key that signs the return package.</source>
        <translation>账户 %1 还没有签名密钥：请其本人在这里登录一次并设置自己的密码，由此生成签署回传包的密钥。</translation>
    </message>
    <message>
        <source>The signing key given is not the key of the account %1: a package sent to an account is signed with the account's own key.</source>
        <translation>所给的签名密钥不是账户 %1 的密钥：发给账户的包要用该账户自己的密钥签名。</translation>
    </message>
</context>
<context>
    <name>ReviewPayload</name>
    <message>
        <source>One of the chosen cases no longer exists: it may have been deleted meanwhile.</source>
        <translation>所选案件中有一个已不存在，可能在此期间被删除了。</translation>
    </message>
    <message>
        <source>A record of the case file refers to a record that cannot travel with it; check the case file's records.</source>
        <translation>案卷中有一条记录引用了不能随包发送的记录，请检查案卷记录。</translation>
    </message>
    <message>
        <source>The review package's contents are not readable by this version of the program.</source>
        <translation>本版本的程序无法读取该审理包的内容。</translation>
    </message>
</context>
<context>
    <name>ReviewRows</name>
    <message>
        <source>The case review records are not described.</source>
        <translation>案件审理记录没有说明。</translation>
    </message>
    <message>
        <source>The case review records in the package are not readable.</source>
        <translation>包中的案件审理记录无法读取。</translation>
    </message>
</context>
<context>
    <name>ReviewerAccount</name>
    <message>
        <source>The package's reviewer account is not readable by this version of the program.</source>
        <translation>本版本的程序无法读取包中的审理人员账户。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>There is no role called "%1"; the roles are: %2.</source>
        <translation>没有名为“%1”的角色；可用角色为：%2。</translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation>尚未授予角色</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Security administrator</source>
        <translation>安全保密管理员</translation>
    </message>
    <message>
        <source>Security auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>档案管理员</translation>
    </message>
    <message>
        <source>Reviewer (read only)</source>
        <translation>查阅人员（只读）</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>grant roles</source>
        <translation>授予角色</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>read dossiers</source>
        <translation>查阅档案</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>make and restore backups</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>see identity-card numbers</source>
        <translation>查看身份证号码</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit and position</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <source>In the post since</source>
        <translation>任现职时间</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>a date after today</source>
        <translation>晚于今天</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>不是以下之一：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>write 是 or 否</source>
        <translation>请填“是”或“否”</translation>
    </message>
    <message>
        <source>its birth date %1 differs from the date of birth given</source>
        <translation>其中的出生日期 %1 与所填出生年月不符</translation>
    </message>
    <message>
        <source>it is a %1's number, but the gender given differs</source>
        <translation>按号码应为%1性，与所填性别不符</translation>
    </message>
    <message>
        <source>%1 has no roster header: one row must name the columns, with 姓名 and at least one more (性别, 出生年月, 工作单位, 职务, 身份证号 …).</source>
        <translation>%1 没有花名册标题行：须有一行列出各列名称，含“姓名”和至少一个其他列（性别、出生年月、工作单位、职务、身份证号等）。</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>the same identity number as row %1</source>
        <translation>身份证号与第 %1 行相同</translation>
    </message>
    <message>
        <source>the same name and date of birth as row %1</source>
        <translation>姓名和出生年月与第 %1 行相同</translation>
    </message>
    <message>
        <source>names the same cadre as row %1</source>
        <translation>与第 %1 行是同一名干部</translation>
    </message>
    <message>
        <source>the unit is missing</source>
        <translation>缺少工作单位</translation>
    </message>
    <message>
        <source>the gender is missing (give it, or the identity number)</source>
        <translation>缺少性别（请填写性别或身份证号）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported. %1</source>
        <translation>
            <numerusform>花名册中有 %n 处问题；未导入任何内容。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2) was refused: %3; nothing was imported.</source>
        <translation>第 %1 行（%2）被拒绝：%3；未导入任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Party warning</source>
        <translation>党内警告</translation>
    </message>
    <message>
        <source>Serious party warning</source>
        <translation>党内严重警告</translation>
    </message>
    <message>
        <source>Removal from party post</source>
        <translation>撤销党内职务</translation>
    </message>
    <message>
        <source>Party probation</source>
        <translation>留党察看</translation>
    </message>
    <message>
        <source>Expulsion from the party</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Government warning</source>
        <translation>政务警告</translation>
    </message>
    <message>
        <source>Government demerit</source>
        <translation>政务记过</translation>
    </message>
    <message>
        <source>Government major demerit</source>
        <translation>政务记大过</translation>
    </message>
    <message>
        <source>Government demotion</source>
        <translation>政务降级</translation>
    </message>
    <message>
        <source>Government dismissal</source>
        <translation>政务撤职</translation>
    </message>
    <message>
        <source>Government expulsion</source>
        <translation>政务开除</translation>
    </message>
    <message>
        <source>Institution warning</source>
        <translation>警告（事业单位）</translation>
    </message>
    <message>
        <source>Institution demerit</source>
        <translation>记过（事业单位）</translation>
    </message>
    <message>
        <source>Post grade lowering</source>
        <translation>降低岗位等级</translation>
    </message>
    <message>
        <source>Institution dismissal</source>
        <translation>撤职（事业单位）</translation>
    </message>
    <message>
        <source>Institution expulsion</source>
        <translation>开除（事业单位）</translation>
    </message>
    <message>
        <source>Suspension for examination</source>
        <translation>停职检查</translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation>调整职务</translation>
    </message>
    <message>
        <source>Ordered resignation</source>
        <translation>责令辞职</translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation>免职</translation>
    </message>
    <message>
        <source>Demotion in post</source>
        <translation>降职</translation>
    </message>
    <message>
        <source>Admonition</source>
        <translation>诫勉</translation>
    </message>
    <message>
        <source>Reminder talk</source>
        <translation>提醒谈话</translation>
    </message>
    <message>
        <source>Warning talk</source>
        <translation>警示谈话</translation>
    </message>
    <message>
        <source>Closed after talk or letter inquiry</source>
        <translation>谈话函询了结</translation>
    </message>
    <message>
        <source>Closed after preliminary verification</source>
        <translation>初核了结</translation>
    </message>
    <message>
        <source>Criticism and education</source>
        <translation>批评教育</translation>
    </message>
    <message>
        <source>Ordered self-examination</source>
        <translation>责令检查</translation>
    </message>
    <message>
        <source>Circulated criticism</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>Transfer to the judiciary</source>
        <translation>移送司法机关</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>A whole database is copied only into a server database.</source>
        <translation>整个数据库只能复制到服务器上的数据库中。</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>The %1 %2 is missing from the database.</source>
        <translation>数据库中缺少 %1 %2。</translation>
    </message>
    <message>
        <source>The %1 %2 has been altered.</source>
        <translation>%1 %2 已被改动。</translation>
    </message>
    <message>
        <source>The %1 %2 is not one of the program's own.</source>
        <translation>%1 %2 不是本程序自己的对象。</translation>
    </message>
    <message numerus="yes">
        <source>The database holds no record of the objects the program made (%n object(s) found): it was restored incompletely or made by other means.</source>
        <translation>
            <numerusform>数据库中没有本程序所建对象的记录（发现 %n 个对象）：它未完整恢复，或由其他方式建成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more difference(s).</source>
        <translation>
            <numerusform>……另有 %n 处不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address; an address looks like postgresql://server.jw.local/dossiers.</source>
        <translation>%1 不是服务器地址；地址形如 postgresql://server.jw.local/dossiers。</translation>
    </message>
    <message>
        <source>The server address sets %1, which the program does not know. It knows: %2.</source>
        <translation>服务器地址设置了程序不认识的 %1。程序认识的有：%2。</translation>
    </message>
    <message>
        <source>The server address %1 names no server.</source>
        <translation>服务器地址 %1 未指明服务器。</translation>
    </message>
    <message>
        <source>The server address %1 names no database; add it after the server, as in postgresql://server.jw.local/dossiers.</source>
        <translation>服务器地址 %1 未指明数据库；请写在服务器之后，如 postgresql://server.jw.local/dossiers。</translation>
    </message>
    <message>
        <source>%1 is not a TLS mode; use verify-full.</source>
        <translation>%1 不是 TLS 模式；请使用 verify-full。</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The commission's shared database on its own server, on the internal network. Ask the server's administrator for its name, the database and your account.</source>
        <translation>委机关内网服务器上的共用数据库。服务器名称、数据库和您的账号请向服务器管理员询问。</translation>
    </message>
    <message>
        <source>e.g. dossiers.jw.local</source>
        <translation>如 dossiers.jw.local</translation>
    </message>
    <message>
        <source>e.g. county</source>
        <translation>如 county</translation>
    </message>
    <message>
        <source>The commission's CA certificate (.crt)</source>
        <translation>委机关的 CA 证书（.crt）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>请输入服务器上数据库的名称。</translation>
    </message>
    <message>
        <source>%1 is not a server's name or address.</source>
        <translation>%1 不是服务器的名称或地址。</translation>
    </message>
    <message>
        <source>The Commission's CA Certificate</source>
        <translation>委机关的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A server on this computer, reached through its own socket.</source>
        <translation>本机上的服务器，经其本地套接字连接。</translation>
    </message>
    <message>
        <source>The address asks for the TLS mode %1: the server's certificate is not fully checked.</source>
        <translation>该地址要求 TLS 模式 %1：服务器证书未经完整核验。</translation>
    </message>
    <message>
        <source>Encrypted, and the server's certificate is checked against the CA certificate kept for your account on this computer. Choose the commission's CA certificate if you were given one.</source>
        <translation>连接加密，服务器证书按本机为您的账号保存的 CA 证书核验。如您拿到了委机关的 CA 证书，请选择它。</translation>
    </message>
    <message>
        <source>Encrypted, and the server's certificate is checked against the commission's CA certificate.</source>
        <translation>连接加密，服务器证书按委机关的 CA 证书核验。</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The database to move is already on a server.</source>
        <translation>要迁移的数据库已在服务器上。</translation>
    </message>
    <message>
        <source>The database file has problems, so it was not moved: %1</source>
        <translation>数据库文件有问题，未迁移：%1</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>服务器上</translation>
    </message>
    <message>
        <source>The audit trail on the server (%1 entries) is not the file's (%2 entries); the server database must be set up again.</source>
        <translation>服务器上的审计记录（%1 条）与文件中的（%2 条）不一致；服务器数据库须重新建立。</translation>
    </message>
    <message>
        <source>The server database has problems after the move: %1</source>
        <translation>迁移后服务器数据库有问题：%1</translation>
    </message>
    <message>
        <source>The audit trail %1 does not verify (%2), so the database was not moved. Run check for the details.</source>
        <translation>%1的审计记录链校验未通过（%2），数据库未迁移。详情请运行 check。</translation>
    </message>
</context>
<context>
    <name>ServerSecurity</name>
    <message>
        <source>The server account %1 may not make roles, and each account of the program is a role of its own on the server. Set the database up with a server account that may (ALTER ROLE %1 CREATEROLE, as the server's administrator).</source>
        <translation>服务器账户 %1 无权创建角色，而程序的每个账户在服务器上都是一个独立的角色。请用有此权限的服务器账户设置数据库（由服务器管理员执行 ALTER ROLE %1 CREATEROLE）。</translation>
    </message>
    <message>
        <source>The server account %1 belongs to no active account of this database: the administrator may have disabled it.</source>
        <translation>服务器账户 %1 不对应本数据库中任何有效账户：可能已被系统管理员停用。</translation>
    </message>
    <message>
        <source>The program is incomplete: its rules for the server are missing. Install it again.</source>
        <translation>程序不完整：缺少服务器上的访问规则。请重新安装程序。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language applies the next time the program starts.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Beside each database, in its "backups" folder</source>
        <translation>各数据库所在文件夹的备份子文件夹中</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Automatic &amp;backups in:</source>
        <translation>自动备份位置(&amp;B)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>The most the automatic backups of one database may take together; the oldest go first, the newest always stays.</source>
        <translation>一个数据库的自动备份合计最多可占用的空间；超出时先删最旧的，最新的一份始终保留。</translation>
    </message>
    <message>
        <source>Room for automatic backups:</source>
        <translation>自动备份空间：</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>自动备份文件夹</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Commission name</source>
        <translation>纪委监委名称</translation>
    </message>
    <message>
        <source>The commission's name, printed on every paper.</source>
        <translation>纪委监委名称，印在每份文书上。</translation>
    </message>
    <message>
        <source>Confidentiality marking</source>
        <translation>密级标识</translation>
    </message>
    <message>
        <source>The confidentiality marking in the header of printed papers.</source>
        <translation>打印文书页眉上的密级标识。</translation>
    </message>
    <message>
        <source>Admonition impact period</source>
        <translation>诫勉影响期</translation>
    </message>
    <message>
        <source>How long an admonition affects a cadre's use, from its effective date. Localities differ; the default is six months.</source>
        <translation>诫勉自生效之日起影响干部使用的期限。各地规定不一，默认六个月。</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Alert horizon</source>
        <translation>提醒提前天数</translation>
    </message>
    <message>
        <source>How many days ahead a deadline (a rectification, a clue step) is listed as an alert.</source>
        <translation>期限（整改、线索处置环节）到期前多少天列为提醒。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>空闲锁定</translation>
    </message>
    <message>
        <source>Minutes without input after which the window locks.</source>
        <translation>无操作多少分钟后锁定窗口。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>自动备份保留份数</translation>
    </message>
    <message>
        <source>How many automatic backups are kept; the oldest go first.</source>
        <translation>保留多少份自动备份；超出时先删除最早的。</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>份</translation>
    </message>
    <message>
        <source>Copied-material threshold</source>
        <translation>材料雷同阈值</translation>
    </message>
    <message>
        <source>Share of shared passages from which two self-examination materials are flagged as copied.</source>
        <translation>两份对照检查材料相同段落占比达到多少即标为雷同。</translation>
    </message>
    <message>
        <source>Database identity</source>
        <translation>数据库标识</translation>
    </message>
    <message>
        <source>Set when the database is made; names it in seals and backups.</source>
        <translation>建库时生成，用于在审计封签和备份中标明本数据库。</translation>
    </message>
    <message>
        <source>Seal file</source>
        <translation>封签文件</translation>
    </message>
    <message>
        <source>Where the auditor's seals are copied outside the database.</source>
        <translation>审计员封签在数据库之外的副本位置。</translation>
    </message>
    <message>
        <source>%1 needs %2 to %3 characters.</source>
        <translation>%1应为 %2 至 %3 个字符。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>%1应为 %2 至 %3 之间的整数，不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not "%4".</source>
        <translation>%1应为 %2 至 %3 之间的数，不能是“%4”。</translation>
    </message>
    <message>
        <source>Decision after the review report</source>
        <translation>审理报告后作出决定</translation>
    </message>
    <message>
        <source>Working days from the review report to the decision on the case; the commission sets its own.</source>
        <translation>从审理报告提交到作出决定的工作日数，由纪委监委自行确定。</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>Announcement of a decision</source>
        <translation>宣布决定</translation>
    </message>
    <message>
        <source>Working days from a decision to its announcement to the person and their organization.</source>
        <translation>从作出决定到向本人及其所在组织宣布的工作日数。</translation>
    </message>
    <message>
        <source>Delivery of a decision</source>
        <translation>送达决定</translation>
    </message>
    <message>
        <source>Working days from a decision to the delivery of the decision paper.</source>
        <translation>从作出决定到送达决定书的工作日数。</translation>
    </message>
    <message>
        <source>Report on carrying out a decision</source>
        <translation>报告决定执行情况</translation>
    </message>
    <message>
        <source>Working days from a decision to the report that it has been carried out.</source>
        <translation>从作出决定到报告执行情况的工作日数。</translation>
    </message>
    <message>
        <source>Archiving a decided case</source>
        <translation>决定后归档</translation>
    </message>
    <message>
        <source>Working days from a decision to the case file's archiving.</source>
        <translation>从作出决定到案卷归档的工作日数。</translation>
    </message>
    <message>
        <source>Review package</source>
        <translation>审理包</translation>
    </message>
    <message>
        <source>In a review copy: the review package it was opened from.</source>
        <translation>审理副本所来自的审理包。</translation>
    </message>
    <message>
        <source>Sending database</source>
        <translation>发送数据库</translation>
    </message>
    <message>
        <source>In a review copy: the identity of the database that sent the review package.</source>
        <translation>审理副本中：发送审理包的数据库标识。</translation>
    </message>
    <message>
        <source>Sending commission</source>
        <translation>发送单位</translation>
    </message>
    <message>
        <source>In a review copy: the commission that sent the review package.</source>
        <translation>审理副本中：发送审理包的纪委监委。</translation>
    </message>
    <message>
        <source>Cases under review</source>
        <translation>审理的案件</translation>
    </message>
    <message>
        <source>In a review copy: the numbers of the cases the review package holds.</source>
        <translation>审理副本中：审理包所含案件的编号。</translation>
    </message>
    <message>
        <source>Cases of the package</source>
        <translation>包内案件</translation>
    </message>
    <message>
        <source>In a review copy: the cases the return package carries back.</source>
        <translation>审理副本中：回传包带回的案件。</translation>
    </message>
    <message>
        <source>Review copy expires</source>
        <translation>审理副本有效期</translation>
    </message>
    <message>
        <source>In a review copy: the last day it may be worked in.</source>
        <translation>审理副本中：可以使用的最后一天。</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is an old binary Excel workbook (.xls) or a password-protected one: open it in Excel or WPS and save it as an .xlsx workbook without a password, then import that.</source>
        <translation>%1 是旧版二进制 Excel 工作簿（.xls）或设有密码的工作簿：请在 Excel 或 WPS 中打开，另存为不设密码的 .xlsx 工作簿后再导入。</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: import an .xlsx workbook or a .csv file.</source>
        <translation>%1 不是表格文件：请导入 .xlsx 工作簿或 .csv 文件。</translation>
    </message>
    <message>
        <source>%1 is larger than any roster or ledger (%2 MB): split it into smaller files.</source>
        <translation>%1 过大（%2 MB），超出花名册或台账的正常大小：请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1 has no sheet %2.</source>
        <translation>%1 没有第 %2 个工作表。</translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows: split it into smaller files.</source>
        <translation>%1 超过 %L2 行：请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: it looks like a workbook but cannot be unpacked.</source>
        <translation>%1 已损坏：看似工作簿，但无法解压。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (.xlsx).</source>
        <translation>%1 是压缩文件，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is missing.</source>
        <translation>%1 已损坏：缺少组成部分 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <source>%1 is protected by a password: save it without one, then import it again.</source>
        <translation>%1 设有密码：请另存为不设密码的文件后再导入。</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than any spreadsheet holds (%2 MB in one part); it is refused as damaged or hostile.</source>
        <translation>%1 解压后远超任何表格的正常大小（单个部分 %2 MB），按损坏或恶意文件拒绝。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 已损坏：%2 无法解压。</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than it says; it is refused as damaged or hostile.</source>
        <translation>%1 解压后的大小远超其声明，按损坏或恶意文件拒绝。</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet %2 cannot be unpacked.</source>
        <translation>%1 已损坏：工作表 %2 无法解压。</translation>
    </message>
    <message>
        <source>Sheet %1 has more than %L2 rows: split it into smaller files.</source>
        <translation>工作表 %1 超过 %L2 行：请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet %2 has a cell beyond the last column.</source>
        <translation>%1 已损坏：工作表 %2 有超出最后一列的单元格。</translation>
    </message>
    <message>
        <source>Cell %1%2 of sheet %3 holds a formula: copy the sheet and paste it as values only, then import it again.</source>
        <translation>工作表 %3 的单元格 %1%2 含有公式：请复制该表并“选择性粘贴—仅数值”后再导入。</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2%3 of sheet %4 refers to no text.</source>
        <translation>%1 已损坏：工作表 %4 的单元格 %2%3 引用的文字不存在。</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet %2 cannot be read (%3).</source>
        <translation>%1 已损坏：工作表 %2 无法读取（%3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (%3).</source>
        <translation>%1 已损坏：%2 无法读取（%3）。</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>There is not enough memory to protect the signing key.</source>
        <translation>内存不足，无法保护签名密钥。</translation>
    </message>
</context>
<context>
    <name>SimilarityWindow</name>
    <message>
        <source>Own material of %1</source>
        <translation>本人%1年度材料</translation>
    </message>
    <message>
        <source>Colleague's material</source>
        <translation>同单位他人材料</translation>
    </message>
    <message>
        <source>Leadership team</source>
        <translation>领导班子</translation>
    </message>
    <message>
        <source>Copied Self-Examination Materials</source>
        <translation>对照检查材料雷同检查</translation>
    </message>
    <message>
        <source>Pairs whose share of common 5-character passages reaches this are listed (the similarity_threshold setting).</source>
        <translation>相同的五字片段占比达到此值的材料对将列出（similarity_threshold 设置项）。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Resembles</source>
        <translation>雷同对象</translation>
    </message>
    <message>
        <source>Other author</source>
        <translation>对方撰写人</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) at or above the threshold</source>
        <translation>
            <numerusform>达到阈值的材料%n对</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Roster of cadres (花名册)</source>
        <translation>干部花名册</translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation>%1台账</translation>
    </message>
    <message>
        <source>The sheet holds:</source>
        <translation>表格内容：</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation>（整个文件）</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>found by itself</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <source>Headers in row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>变更或问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>with row %1</source>
        <translation>与第 %1 行同一记录</translation>
    </message>
    <message>
        <source>Headers in row %1. %2 new, %3 to update, %4 the same.</source>
        <translation>表头在第 %1 行。新增 %2 条，更新 %3 条，无变化 %4 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems to fix in the file first; nothing is imported while one is left.</source>
        <translation>
            <numerusform>有 %n 行存在问题，须先在文件中改正；只要还有问题，就不导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New units: %1</source>
        <translation>新建单位：%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Reading and checking the sheet…</source>
        <translation>正在读取和检查表格…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a query: %1</source>
        <translation>数据库拒绝了查询：%1</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>数据库拒绝了修改：%1</translation>
    </message>
    <message>
        <source>The disk is full (or the database has reached its size limit), so nothing was saved and nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满（或数据库已达到大小上限），未保存任何内容，也未作任何改动。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved and nothing was changed.</source>
        <translation>数据库文件为只读，未保存任何内容，也未作任何改动。</translation>
    </message>
    <message>
        <source>The database is busy in another program, so nothing was saved and nothing was changed. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，未保存任何内容，也未作任何改动。请稍后重试。</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved and nothing was changed. Connect to the server again (File → Connect to Server…) and try again.</source>
        <translation>与服务器的连接已断开，因此没有保存、也没有更改任何内容。请重新连接服务器（文件 → 连接服务器…）后再试。</translation>
    </message>
    <message>
        <source>The server's disk is full, so nothing was saved and nothing was changed. Tell the server's administrator.</source>
        <translation>服务器磁盘已满，因此没有保存、也没有更改任何内容。请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The database was opened for reading only, so nothing was saved and nothing was changed.</source>
        <translation>数据库以只读方式打开，因此没有保存、也没有更改任何内容。</translation>
    </message>
    <message>
        <source>A colleague's change on the server was in the way, so nothing was saved and nothing was changed. Try again in a moment.</source>
        <translation>服务器上同事的更改正在进行，因此没有保存、也没有更改任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused this to your account, so nothing was saved and nothing was changed. Your role or units do not allow it.</source>
        <translation>服务器拒绝了您的账户进行此操作，因此没有保存也没有更改任何内容。您的角色或单位范围不允许这样做。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Integrity Dossier</source>
        <translation>廉政档案</translation>
    </message>
    <message>
        <source>One person, one file: the integrity dossiers of the cadres your commission supervises, kept on this computer.</source>
        <translation>一人一档：本机保存的、本委监督对象干部的廉政档案。</translation>
    </message>
    <message>
        <source>&amp;Open a Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Database</source>
        <translation>试用演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>An invented county with its cadres and six years of records</source>
        <translation>一个虚构的县，包括其干部和六年的档案记录</translation>
    </message>
    <message>
        <source>Recent databases:</source>
        <translation>最近打开的数据库：</translation>
    </message>
    <message>
        <source>&amp;Connect to the Commission's Server…</source>
        <translation>连接委机关服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>When several offices share the dossiers on the commission's server</source>
        <translation>多个科室在委机关服务器上共用档案时使用</translation>
    </message>
</context>
<context>
    <name>SubjectList</name>
    <message>
        <source>Add cadre…</source>
        <translation>添加干部…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 (this dossier)</source>
        <translation>%1（本档案）</translation>
    </message>
    <message>
        <source>From a list…</source>
        <translation>按名单添加…</translation>
    </message>
    <message>
        <source>A unit's cadres…</source>
        <translation>整个单位的干部…</translation>
    </message>
    <message>
        <source>A Unit's Cadres</source>
        <translation>整个单位的干部</translation>
    </message>
    <message>
        <source>Add every cadre of:</source>
        <translation>添加以下单位的全部干部：</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <source>Dossier Summary Options</source>
        <translation>廉政档案摘要选项</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>包含部分</translation>
    </message>
    <message>
        <source>Records &amp;from:</source>
        <translation>记录起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Records &amp;until:</source>
        <translation>记录截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>Include clues that are &amp;closed</source>
        <translation>包含已了结的问题线索(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Watermark each page with my name and the time</source>
        <translation>每页加印本人姓名和打印时间水印(&amp;W)</translation>
    </message>
    <message>
        <source>Posts held</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话情况</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>纪检监察文书</translation>
    </message>
    <message>
        <source>Inspection findings and rectifications</source>
        <translation>监督检查发现问题及整改</translation>
    </message>
    <message>
        <source>Clues and dispositions</source>
        <translation>问题线索及处置</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>立案审查调查</translation>
    </message>
    <message>
        <source>Sanctions, handling and impact periods</source>
        <translation>处分、组织处理及影响期</translation>
    </message>
    <message>
        <source>Duty reports</source>
        <translation>述责述廉</translation>
    </message>
    <message>
        <source>Warning education</source>
        <translation>警示教育</translation>
    </message>
    <message>
        <source>Integrity opinions issued</source>
        <translation>已出具的党风廉政意见</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Summary Templates</source>
        <translation>摘要模板</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Export PDFs as PDF/A-1b, for &amp;archiving</source>
        <translation>导出 PDF 时采用 PDF/A-1b 格式，便于归档(&amp;A)</translation>
    </message>
    <message>
        <source>Typefaces</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>%1 — no Chinese font is installed</source>
        <translation>%1——未安装中文字体</translation>
    </message>
    <message>
        <source>%1 is not installed; %2%3 stands in</source>
        <translation>未安装%1，以 %2%3 代替</translation>
    </message>
    <message>
        <source> (bold)</source>
        <translation>（加粗）</translation>
    </message>
</context>
<context>
    <name>SummaryTemplates</name>
    <message>
        <source>A summary template needs a name.</source>
        <translation>摘要模板须有名称。</translation>
    </message>
    <message>
        <source>The first day of the template's records comes after the last.</source>
        <translation>模板所含记录的起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>There is no summary template called "%1".</source>
        <translation>没有名为“%1”的摘要模板。</translation>
    </message>
    <message>
        <source>There is a summary template called "%1" already.</source>
        <translation>已有名为“%1”的摘要模板。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1 cannot be read back.</source>
        <translation>%1 无法读回。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>For %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>About</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Everything in the dossier</source>
        <translation>档案全部内容</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database cannot start a write: %1</source>
        <translation>数据库无法开始写入：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>修改未能保存：%1</translation>
    </message>
</context>
<context>
    <name>TransferCadreCommand</name>
    <message>
        <source>Transfer to %1</source>
        <translation>调任 %1</translation>
    </message>
    <message>
        <source>The transfer needs its date.</source>
        <translation>请填写调任日期。</translation>
    </message>
    <message>
        <source>The new post needs its title.</source>
        <translation>请填写新职务。</translation>
    </message>
    <message>
        <source>The new post needs its unit.</source>
        <translation>请选择新任职单位。</translation>
    </message>
    <message>
        <source>This cadre no longer exists.</source>
        <translation>该干部已不存在。</translation>
    </message>
    <message>
        <source>The new post cannot begin before the day after the present one began (%1).</source>
        <translation>新职务的起始日期须晚于现任职务的起始日期（%1）。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>调任 %1</translation>
    </message>
    <message>
        <source>Top leader of the new unit</source>
        <translation>任新单位一把手</translation>
    </message>
    <message>
        <source>To the unit:</source>
        <translation>调往单位：</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>任职务：</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>职级：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>Now: %1, %2. That post ends the day before the new one begins.</source>
        <translation>现任：%1，%2。现任职务截至新职务起始日期的前一天。</translation>
    </message>
</context>
<context>
    <name>UnitActions</name>
    <message>
        <source>New Unit Under %1…</source>
        <translation>在%1下新建单位…</translation>
    </message>
    <message>
        <source>New Unit…</source>
        <translation>新建单位…</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>编辑%1…</translation>
    </message>
    <message>
        <source>Delete %1…</source>
        <translation>删除%1…</translation>
    </message>
    <message>
        <source>Unit Not Deleted</source>
        <translation>单位未删除</translation>
    </message>
    <message>
        <source>Merge %1 into…</source>
        <translation>将 %1 并入…</translation>
    </message>
    <message>
        <source>Merge Units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>%1 and everything in it — its cadres, the units under it, its inspections and records — go to:</source>
        <translation>%1 及其全部内容——干部、下级单位、监督检查和各项记录——并入：</translation>
    </message>
    <message>
        <source>Units Not Merged</source>
        <translation>单位未合并</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复%1</translation>
    </message>
    <message>
        <source>Retire %1…</source>
        <translation>撤销%1…</translation>
    </message>
    <message>
        <source>Retire Unit</source>
        <translation>撤销单位</translation>
    </message>
    <message>
        <source>%1 is kept with the records that name it, shown as retired in the tree; from the day it is retired it takes no cadres and no units below it. Transfer its serving cadres first, or merge it into the unit that takes over its work.</source>
        <translation>%1将随提及它的记录一起保留，在单位树中显示为已撤销；自撤销之日起，不再接收干部，也不能在其下设置单位。请先调出其在职干部，或将其并入承接其工作的单位。</translation>
    </message>
    <message>
        <source>Retired on:</source>
        <translation>撤销日期：</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Unit Not Retired</source>
        <translation>单位未撤销</translation>
    </message>
    <message>
        <source>Unit Not Restored</source>
        <translation>单位未恢复</translation>
    </message>
    <message>
        <source>Enter or Paste Units…</source>
        <translation>录入或粘贴单位…</translation>
    </message>
    <message>
        <source>Units Not Made</source>
        <translation>单位未建立</translation>
    </message>
    <message>
        <source>Enter Unit Tree</source>
        <translation>录入单位树</translation>
    </message>
</context>
<context>
    <name>UnitKindIconText</name>
    <message>
        <source>C</source>
        <comment>county</comment>
        <translation>县</translation>
    </message>
    <message>
        <source>T</source>
        <comment>township</comment>
        <translation>乡</translation>
    </message>
    <message>
        <source>D</source>
        <comment>department</comment>
        <translation>部</translation>
    </message>
    <message>
        <source>I</source>
        <comment>public institution</comment>
        <translation>事</translation>
    </message>
    <message>
        <source>E</source>
        <comment>state enterprise</comment>
        <translation>企</translation>
    </message>
    <message>
        <source>S</source>
        <comment>stationed discipline group</comment>
        <translation>派</translation>
    </message>
</context>
<context>
    <name>UnitPaths</name>
    <message>
        <source>%1 units are called %2 (%3): write the unit's path, such as %4</source>
        <translation>有 %1 个单位名为%2（%3）：请写出单位的层级路径，如 %4</translation>
    </message>
</context>
<context>
    <name>UnitTreeDialog</name>
    <message>
        <source>Enter the Unit Tree</source>
        <translation>录入单位树</translation>
    </message>
    <message>
        <source>Type or paste the units, one per line. Indent the units below a unit under it, with tabs or spaces, or write a whole path such as 清河县/城关镇. Cells copied from Excel keep their columns as levels; a cell after the name may give the kind (乡镇, 部门, 事业单位, 国有企业, 派驻纪检监察组). Units already in the tree are found and left as they are.</source>
        <translation>每行录入或粘贴一个单位。下级单位用制表符或空格缩进到上级单位之下，也可以写出完整路径，如 清河县/城关镇。从 Excel 复制的单元格按所在列区分层级；名称后面的一格可注明单位类别（乡镇、部门、事业单位、国有企业、派驻纪检监察组）。单位树中已有的单位会自动找到，保持不变。</translation>
    </message>
    <message>
        <source>清河县
	城关镇
		城关镇财政所
	清河县水利局
	清河县人民医院</source>
        <translation>清河县
	城关镇
		城关镇财政所
	清河县水利局
	清河县人民医院</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Already in the tree</source>
        <translation>单位树中已有</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation>尚未录入任何单位。</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the tree, %3 with a problem.</source>
        <translation>新增 %1，单位树中已有 %2 个，有问题 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n Unit(s)</source>
        <translation>
            <numerusform>建立 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Counties and districts</source>
        <translation>下辖县（市、区）</translation>
    </message>
    <message>
        <source>Towns and townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>直属部门</translation>
    </message>
    <message>
        <source>Public institutions</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State enterprises</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Stationed discipline groups</source>
        <translation>派驻纪检监察组</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cadre(s), units below included</source>
        <translation>
            <numerusform>%1：%n 名干部（含下属单位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message numerus="yes">
        <source>%1: retired on %2; %n cadre(s) who served in it, units below included</source>
        <translation>
            <numerusform>%1：已于%2撤销；曾在该单位（含下属单位）任职的干部 %n 名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitTreePanel</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>UnitTreeText</name>
    <message>
        <source>line %1 names the same unit again</source>
        <translation>第 %1 行重复录入了同一单位</translation>
    </message>
    <message>
        <source>a unit's name has at most 100 characters</source>
        <translation>单位名称最多 100 个字</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3; no unit was made.</source>
        <translation>第 %1 行（%2）：%3；未建立任何单位。</translation>
    </message>
    <message>
        <source>the unit tree entered</source>
        <translation>录入的单位树</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>County department</source>
        <translation>县直部门</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State enterprise</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Stationed discipline group</source>
        <translation>派驻纪检监察组</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>中共预备党员</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>非中共党员</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>公务员</translation>
    </message>
    <message>
        <source>Public institution staff</source>
        <translation>事业单位工作人员</translation>
    </message>
    <message>
        <source>State enterprise staff</source>
        <translation>国有企业管理人员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>兄弟</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Reminder talk</source>
        <translation>提醒谈话</translation>
    </message>
    <message>
        <source>Admonition talk</source>
        <translation>诫勉谈话</translation>
    </message>
    <message>
        <source>Integrity talk</source>
        <translation>廉政谈话</translation>
    </message>
    <message>
        <source>Pre-appointment integrity talk</source>
        <translation>任前廉政谈话</translation>
    </message>
    <message>
        <source>Heart-to-heart talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Collective talk</source>
        <translation>集体约谈</translation>
    </message>
    <message>
        <source>Warning talk</source>
        <translation>警示谈话</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>党委（党组）</translation>
    </message>
    <message>
        <source>Discipline commission</source>
        <translation>纪委监委</translation>
    </message>
    <message>
        <source>Routine supervision</source>
        <translation>日常监督</translation>
    </message>
    <message>
        <source>Fixed supervision week</source>
        <translation>固定监督周</translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Patrol inspection</source>
        <translation>巡察</translation>
    </message>
    <message>
        <source>Principal responsibility</source>
        <translation>主体责任</translation>
    </message>
    <message>
        <source>One post, two duties</source>
        <translation>一岗双责</translation>
    </message>
    <message>
        <source>Three importants, one large</source>
        <translation>三重一大</translation>
    </message>
    <message>
        <source>Democratic centralism</source>
        <translation>民主集中制</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Supervision recommendation</source>
        <translation>纪检监察建议书</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Order for a written self-examination</source>
        <translation>责令书面检查</translation>
    </message>
    <message>
        <source>Inspection bulletin</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>提醒函</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Petition or report</source>
        <translation>信访举报</translation>
    </message>
    <message>
        <source>Transferred by a patrol</source>
        <translation>巡视巡察移交</translation>
    </message>
    <message>
        <source>Transferred by audit</source>
        <translation>审计移交</translation>
    </message>
    <message>
        <source>Found in supervision</source>
        <translation>监督检查发现</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Found untrue</source>
        <translation>反映不实</translation>
    </message>
    <message>
        <source>Cannot be verified</source>
        <translation>无法查证</translation>
    </message>
    <message>
        <source>Explanation accepted</source>
        <translation>说明情况被采信</translation>
    </message>
    <message>
        <source>Closed with a first-form measure</source>
        <translation>了结并采取第一种形态处理</translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>Principal responsibility not fulfilled</source>
        <translation>主体责任落实不力</translation>
    </message>
    <message>
        <source>Supervisory responsibility not fulfilled</source>
        <translation>监督责任落实不力</translation>
    </message>
    <message>
        <source>Party sanction</source>
        <translation>党纪处分</translation>
    </message>
    <message>
        <source>Government sanction</source>
        <translation>政务处分</translation>
    </message>
    <message>
        <source>Public institution sanction</source>
        <translation>事业单位处分</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Serious warning</source>
        <translation>严重警告</translation>
    </message>
    <message>
        <source>Removal from party post</source>
        <translation>撤销党内职务</translation>
    </message>
    <message>
        <source>Probation within the party</source>
        <translation>留党察看</translation>
    </message>
    <message>
        <source>Expulsion from the party</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Demerit</source>
        <translation>记过</translation>
    </message>
    <message>
        <source>Major demerit</source>
        <translation>记大过</translation>
    </message>
    <message>
        <source>Demotion</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Dismissal from post</source>
        <translation>撤职</translation>
    </message>
    <message>
        <source>Expulsion from public employment</source>
        <translation>开除公职</translation>
    </message>
    <message>
        <source>Lowering of post grade</source>
        <translation>降低岗位等级</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>开除</translation>
    </message>
    <message>
        <source>Suspension for examination</source>
        <translation>停职检查</translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation>调整职务</translation>
    </message>
    <message>
        <source>Ordered resignation</source>
        <translation>责令辞职</translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation>免职</translation>
    </message>
    <message>
        <source>Demotion in post</source>
        <translation>降职</translation>
    </message>
    <message>
        <source>Duty and integrity report</source>
        <translation>述责述廉报告</translation>
    </message>
    <message>
        <source>Principal responsibility report</source>
        <translation>落实主体责任情况报告</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Democratic life meeting</source>
        <translation>民主生活会</translation>
    </message>
    <message>
        <source>Organizational life meeting</source>
        <translation>组织生活会</translation>
    </message>
    <message>
        <source>Warning education meeting</source>
        <translation>警示教育大会</translation>
    </message>
    <message>
        <source>Integrity lecture</source>
        <translation>廉政党课</translation>
    </message>
    <message>
        <source>Visit to a warning exhibition</source>
        <translation>参观警示教育基地</translation>
    </message>
    <message>
        <source>Case film</source>
        <translation>观看警示教育片</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Review of the case</source>
        <translation>案件审理</translation>
    </message>
    <message>
        <source>Review of an appeal</source>
        <translation>申诉复查</translation>
    </message>
    <message>
        <source>Lighter circumstances</source>
        <translation>情节较轻</translation>
    </message>
    <message>
        <source>Graver circumstances</source>
        <translation>情节较重</translation>
    </message>
    <message>
        <source>Serious circumstances</source>
        <translation>情节严重</translation>
    </message>
    <message>
        <source>Documentary evidence</source>
        <translation>书证</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>物证</translation>
    </message>
    <message>
        <source>Witness testimony</source>
        <translation>证人证言</translation>
    </message>
    <message>
        <source>Statement of the person investigated</source>
        <translation>被审查调查人陈述</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <source>Record of inspection, examination or search</source>
        <translation>勘验检查、辨认、调查实验等笔录</translation>
    </message>
    <message>
        <source>Audio-visual material</source>
        <translation>视听资料</translation>
    </message>
    <message>
        <source>Electronic data</source>
        <translation>电子数据</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>申辩</translation>
    </message>
    <message>
        <source>Review talk</source>
        <translation>审理谈话</translation>
    </message>
    <message>
        <source>Not weighed yet</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>予以采纳</translation>
    </message>
    <message>
        <source>Partly adopted</source>
        <translation>部分采纳</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>Within the range</source>
        <translation>在幅度内</translation>
    </message>
    <message>
        <source>Lighter within the range</source>
        <translation>从轻</translation>
    </message>
    <message>
        <source>Mitigated below the range</source>
        <translation>减轻</translation>
    </message>
    <message>
        <source>Heavier within the range</source>
        <translation>从重</translation>
    </message>
    <message>
        <source>Aggravated above the range</source>
        <translation>加重</translation>
    </message>
    <message>
        <source>Party warning</source>
        <translation>党内警告</translation>
    </message>
    <message>
        <source>Serious party warning</source>
        <translation>党内严重警告</translation>
    </message>
    <message>
        <source>Party probation</source>
        <translation>留党察看</translation>
    </message>
    <message>
        <source>Government warning</source>
        <translation>政务警告</translation>
    </message>
    <message>
        <source>Government demerit</source>
        <translation>政务记过</translation>
    </message>
    <message>
        <source>Government major demerit</source>
        <translation>政务记大过</translation>
    </message>
    <message>
        <source>Government demotion</source>
        <translation>政务降级</translation>
    </message>
    <message>
        <source>Government dismissal</source>
        <translation>政务撤职</translation>
    </message>
    <message>
        <source>Government expulsion</source>
        <translation>政务开除</translation>
    </message>
    <message>
        <source>Institution warning</source>
        <translation>警告（事业单位）</translation>
    </message>
    <message>
        <source>Institution demerit</source>
        <translation>记过（事业单位）</translation>
    </message>
    <message>
        <source>Post grade lowering</source>
        <translation>降低岗位等级</translation>
    </message>
    <message>
        <source>Institution dismissal</source>
        <translation>撤职（事业单位）</translation>
    </message>
    <message>
        <source>Institution expulsion</source>
        <translation>开除（事业单位）</translation>
    </message>
    <message>
        <source>Admonition</source>
        <translation>诫勉</translation>
    </message>
</context>
<context>
    <name>VolumeEncryption</name>
    <message>
        <source>The database's folder is on an encrypted volume.</source>
        <translation>数据库所在文件夹位于加密卷上。</translation>
    </message>
    <message>
        <source>The database's folder is NOT on an encrypted volume: protect the disk with BitLocker (Windows) or LUKS (Linux), so that a lost or taken disk gives nothing away.</source>
        <translation>数据库所在文件夹不在加密卷上：请用 BitLocker（Windows）或 LUKS（Linux）保护磁盘，以免磁盘遗失或被带走时泄露内容。</translation>
    </message>
    <message>
        <source>Whether the database's folder is on an encrypted volume cannot be told here; the disk should be protected with BitLocker (Windows) or LUKS (Linux).</source>
        <translation>无法判断数据库所在文件夹是否位于加密卷上；磁盘应以 BitLocker（Windows）或 LUKS（Linux）加密保护。</translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 无法写入。</translation>
    </message>
</context>
<context>
    <name>YearlyPrint</name>
    <message>
        <source>Print Yearly Statistics</source>
        <translation>打印年度工作统计</translation>
    </message>
</context>
</TS>