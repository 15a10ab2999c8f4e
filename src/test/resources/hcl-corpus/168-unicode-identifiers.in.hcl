résumé = 1
naïve_value = 2
x = 3
