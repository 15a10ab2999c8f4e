# Überprüfung der Konfiguration — wichtig!
// 注释
/* émoji 🎉 */
a = 1 # ✓ done
