greeting = "héllo wörld"
cjk = "日本語のテキスト"
emoji = "🚀 launch"
rtl = "שלום"
