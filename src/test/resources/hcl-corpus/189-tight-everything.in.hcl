resource "a" "b"{
x=1
y=[1,2,3]
z={a=1,b=2}
w=f(1,2)
}
